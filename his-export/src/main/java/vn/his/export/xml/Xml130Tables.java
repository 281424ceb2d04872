package vn.his.export.xml;

import java.util.List;
import java.util.Optional;

import vn.his.export.xml.binding.Xml0Document;
import vn.his.export.xml.binding.Xml13Document;
import vn.his.export.xml.binding.Xml14Document;
import vn.his.export.xml.binding.Xml1Document;
import vn.his.export.xml.binding.Xml2Document;
import vn.his.export.xml.binding.Xml3Document;
import vn.his.export.xml.binding.Xml4Document;
import vn.his.export.xml.binding.Xml5Document;
import vn.his.export.xml.binding.Xml7Document;
import vn.his.export.xml.binding.Xml8Document;

/**
 * The tables this module writes. The dossier tables are listed in LOAIHOSO order (the order of the FILEHOSO
 * elements in the CV 1245 skeleton); adding XML6, XML9, XML10, XML11 or XML15 is one more entry here.
 */
public final class Xml130Tables {

    /** XML0, sent alone to the check-in endpoint. */
    public static final TableDefinition CHECK_IN = new TableDefinition("XML0", CheckInStatus.class,
            Xml0Document.class, s -> s.checkInRow().map(List::of).orElse(List.of()), Xml0Document::new);

    public static final List<TableDefinition> DOSSIER = List.of(
            new TableDefinition("XML1", EncounterSummary.class, Xml1Document.class,
                    s -> List.of(s.summary()), Xml1Document::new),
            new TableDefinition("XML2", DrugLine.class, Xml2Document.class, ClaimSnapshot::drugs, Xml2Document::new),
            new TableDefinition("XML3", ServiceLine.class, Xml3Document.class, ClaimSnapshot::services, Xml3Document::new),
            new TableDefinition("XML4", ClinicalTestResult.class, Xml4Document.class,
                    ClaimSnapshot::testResults, Xml4Document::new),
            new TableDefinition("XML5", ClinicalProgressNote.class, Xml5Document.class,
                    ClaimSnapshot::progressNotes, Xml5Document::new),
            new TableDefinition("XML7", DischargeCertificate.class, Xml7Document.class,
                    s -> optional(s.discharge()), Xml7Document::new),
            new TableDefinition("XML8", MedicalRecordSummary.class, Xml8Document.class,
                    s -> optional(s.recordSummary()), Xml8Document::new),
            new TableDefinition("XML13", ReferralLetter.class, Xml13Document.class,
                    s -> optional(s.referral()), Xml13Document::new),
            new TableDefinition("XML14", RevisitAppointment.class, Xml14Document.class,
                    s -> optional(s.revisit()), Xml14Document::new));

    private Xml130Tables() {
    }

    public static Optional<TableDefinition> byCode(String code) {
        if (CHECK_IN.code().equals(code)) {
            return Optional.of(CHECK_IN);
        }
        return DOSSIER.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    private static List<? extends Record> optional(Record row) {
        return row == null ? List.of() : List.of(row);
    }
}
