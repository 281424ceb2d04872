package vn.his.export.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import vn.his.export.xml.ClaimSnapshot;
import vn.his.export.xml.ClinicalProgressNote;
import vn.his.export.xml.ClinicalTestResult;
import vn.his.export.xml.DrugLine;
import vn.his.export.xml.ServiceLine;

/** Copies of a snapshot with one thing changed, for rule tests. */
public final class Snap {

    private Snap() {
    }

    public static ClaimSnapshot summary(ClaimSnapshot s, Object... elementValues) {
        var summary = s.summary();
        for (int i = 0; i < elementValues.length; i += 2) {
            summary = Rows.with(summary, (String) elementValues[i], elementValues[i + 1]);
        }
        return new ClaimSnapshot(s.maLk(), s.facilityCode(), s.version(), s.schemaVersion(), s.checkIn(), summary,
                s.drugs(), s.services(), s.testResults(), s.progressNotes(), s.discharge(), s.recordSummary(),
                s.referral(), s.revisit());
    }

    public static ClaimSnapshot checkIn(ClaimSnapshot s, Object... elementValues) {
        var row = s.checkIn();
        for (int i = 0; i < elementValues.length; i += 2) {
            row = Rows.with(row, (String) elementValues[i], elementValues[i + 1]);
        }
        return new ClaimSnapshot(s.maLk(), s.facilityCode(), s.version(), s.schemaVersion(), row, s.summary(),
                s.drugs(), s.services(), s.testResults(), s.progressNotes(), s.discharge(), s.recordSummary(),
                s.referral(), s.revisit());
    }

    public static ClaimSnapshot drug(ClaimSnapshot s, int index, Object... elementValues) {
        List<DrugLine> drugs = new ArrayList<>(s.drugs());
        drugs.set(index, change(drugs.get(index), elementValues));
        return new ClaimSnapshot(s.maLk(), s.facilityCode(), s.version(), s.schemaVersion(), s.checkIn(), s.summary(),
                drugs, s.services(), s.testResults(), s.progressNotes(), s.discharge(), s.recordSummary(),
                s.referral(), s.revisit());
    }

    public static ClaimSnapshot service(ClaimSnapshot s, int index, Object... elementValues) {
        List<ServiceLine> services = new ArrayList<>(s.services());
        services.set(index, change(services.get(index), elementValues));
        return new ClaimSnapshot(s.maLk(), s.facilityCode(), s.version(), s.schemaVersion(), s.checkIn(), s.summary(),
                s.drugs(), services, s.testResults(), s.progressNotes(), s.discharge(), s.recordSummary(),
                s.referral(), s.revisit());
    }

    public static ClaimSnapshot testResult(ClaimSnapshot s, int index, Object... elementValues) {
        List<ClinicalTestResult> rows = new ArrayList<>(s.testResults());
        rows.set(index, change(rows.get(index), elementValues));
        return new ClaimSnapshot(s.maLk(), s.facilityCode(), s.version(), s.schemaVersion(), s.checkIn(), s.summary(),
                s.drugs(), s.services(), rows, s.progressNotes(), s.discharge(), s.recordSummary(),
                s.referral(), s.revisit());
    }

    public static ClaimSnapshot note(ClaimSnapshot s, int index, Object... elementValues) {
        List<ClinicalProgressNote> rows = new ArrayList<>(s.progressNotes());
        rows.set(index, change(rows.get(index), elementValues));
        return new ClaimSnapshot(s.maLk(), s.facilityCode(), s.version(), s.schemaVersion(), s.checkIn(), s.summary(),
                s.drugs(), s.services(), s.testResults(), rows, s.discharge(), s.recordSummary(),
                s.referral(), s.revisit());
    }

    public static ClaimSnapshot revisit(ClaimSnapshot s, Object... elementValues) {
        return new ClaimSnapshot(s.maLk(), s.facilityCode(), s.version(), s.schemaVersion(), s.checkIn(), s.summary(),
                s.drugs(), s.services(), s.testResults(), s.progressNotes(), s.discharge(), s.recordSummary(),
                s.referral(), change(s.revisit(), elementValues));
    }

    public static ClaimSnapshot recordSummary(ClaimSnapshot s, Object... elementValues) {
        return new ClaimSnapshot(s.maLk(), s.facilityCode(), s.version(), s.schemaVersion(), s.checkIn(), s.summary(),
                s.drugs(), s.services(), s.testResults(), s.progressNotes(), s.discharge(),
                change(s.recordSummary(), elementValues), s.referral(), s.revisit());
    }

    public static ClaimSnapshot referralLetter(ClaimSnapshot s, Object... elementValues) {
        return new ClaimSnapshot(s.maLk(), s.facilityCode(), s.version(), s.schemaVersion(), s.checkIn(), s.summary(),
                s.drugs(), s.services(), s.testResults(), s.progressNotes(), s.discharge(), s.recordSummary(),
                change(s.referral(), elementValues), s.revisit());
    }

    public static ClaimSnapshot schema(ClaimSnapshot s, String schemaVersion) {
        return new ClaimSnapshot(s.maLk(), s.facilityCode(), s.version(), schemaVersion, s.checkIn(), s.summary(),
                s.drugs(), s.services(), s.testResults(), s.progressNotes(), s.discharge(), s.recordSummary(),
                s.referral(), s.revisit());
    }

    public static ClaimSnapshot tables(ClaimSnapshot s, UnaryOperator<Object[]> parts) {
        Object[] p = parts.apply(new Object[] {s.discharge(), s.recordSummary(), s.referral(), s.revisit()});
        return new ClaimSnapshot(s.maLk(), s.facilityCode(), s.version(), s.schemaVersion(), s.checkIn(), s.summary(),
                s.drugs(), s.services(), s.testResults(), s.progressNotes(),
                (vn.his.export.xml.DischargeCertificate) p[0], (vn.his.export.xml.MedicalRecordSummary) p[1],
                (vn.his.export.xml.ReferralLetter) p[2], (vn.his.export.xml.RevisitAppointment) p[3]);
    }

    private static <R extends Record> R change(R row, Object... elementValues) {
        R changed = row;
        for (int i = 0; i < elementValues.length; i += 2) {
            changed = Rows.with(changed, (String) elementValues[i], elementValues[i + 1]);
        }
        return changed;
    }
}
