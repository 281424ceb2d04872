package vn.his.export.xml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.his.core.common.DomainException;

/**
 * The frozen values of one claim version of one encounter (one MA_LK): everything the XML 130 files of that
 * version contain, so that the same snapshot always gives the same bytes. Built by billing when an encounter is
 * closed (or re-opened and closed again, with a higher {@code version}); never regenerated from live data.
 *
 * <p>XML6, XML9, XML10, XML11 and XML15 are not carried yet; adding one means a record, a JAXB binding, a
 * component here and one entry in {@link Xml130Tables} — the writer and the envelope do not change.
 *
 * @param maLk           MA_LK, the encounter key shared by every table
 * @param facilityCode   MA_CSKCB of the sending facility (5 characters, THONGTINDONVI/MACSKCB of the envelope)
 * @param version        claim version, from 1
 * @param schemaVersion  id of the data-standard version the files follow (a row of {@code versions.csv})
 * @param checkIn        XML0 status row sent at the first cost, {@code null} when not sent (e.g. emergency)
 * @param summary        XML1
 * @param drugs          XML2 rows
 * @param services       XML3 rows
 * @param testResults    XML4 rows
 * @param progressNotes  XML5 rows
 * @param discharge      XML7, {@code null} when none
 * @param recordSummary  XML8, {@code null} when none
 * @param referral       XML13 (QĐ 3176 form), {@code null} when none
 * @param revisit        XML14, {@code null} when none
 */
public record ClaimSnapshot(String maLk, String facilityCode, int version, String schemaVersion,
                            CheckInStatus checkIn, EncounterSummary summary, List<DrugLine> drugs,
                            List<ServiceLine> services, List<ClinicalTestResult> testResults,
                            List<ClinicalProgressNote> progressNotes, DischargeCertificate discharge,
                            MedicalRecordSummary recordSummary, ReferralLetter referral, RevisitAppointment revisit) {

    public ClaimSnapshot {
        if (maLk == null || maLk.isBlank()) {
            throw new DomainException("export.snapshot.maLkRequired");
        }
        if (facilityCode == null || !facilityCode.matches("[0-9A-Z]{5}")) {
            throw new DomainException("export.snapshot.facilityCode", facilityCode);
        }
        if (version < 1) {
            throw new DomainException("export.snapshot.version", version);
        }
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        if (summary == null) {
            throw new DomainException("export.snapshot.summaryRequired", maLk);
        }
        drugs = List.copyOf(drugs);
        services = List.copyOf(services);
        testResults = List.copyOf(testResults);
        progressNotes = List.copyOf(progressNotes);
    }

    public Optional<CheckInStatus> checkInRow() {
        return Optional.ofNullable(checkIn);
    }
}
