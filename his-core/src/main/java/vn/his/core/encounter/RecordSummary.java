package vn.his.core.encounter;

import java.time.LocalDate;

/**
 * The record summary of an inpatient, day-inpatient or commune-station stay (tóm tắt hồ sơ bệnh án, QĐ 130 as
 * amended by QĐ 4750, Bảng 8), written by the head of department when the stay ends: QT_BENHLY (course of the
 * illness), TOMTAT_KQ (paraclinical results of diagnostic value), PP_DIEUTRI (treatment given, TT 18/2022), the
 * optional family fields (HO_TEN_CHA, HO_TEN_ME, NGUOI_GIAM_HO, DON_VI), the stillbirth fields (NGAY_SINHCON,
 * NGAY_CONCHET, SO_CONCHET: only when a child died after birth, all three together), GHI_CHU and the date of the
 * paper NGAY_CT. The rest of XML8 (dates, diagnoses, KET_QUA_DTRI) comes from the encounter itself.
 *
 * <p>Texts are kept within 2,000 characters (the decision says "n"; the gateway's longest checked free text is
 * 4,000 characters, so a longer summary is a sign of a pasted record, not a summary).
 */
public record RecordSummary(String pathology, String resultsSummary, String treatmentMethod, String fatherName,
                            String motherName, String guardianName, String employer, LocalDate childBirthDate,
                            LocalDate childDeathDate, Integer childrenDead, String note, LocalDate issuedOn) {

    static final int LONG_TEXT = 2000;

    public RecordSummary {
        pathology = PaperFields.required("QT_BENHLY", pathology, LONG_TEXT);
        resultsSummary = PaperFields.required("TOMTAT_KQ", resultsSummary, LONG_TEXT);
        treatmentMethod = PaperFields.required("PP_DIEUTRI", treatmentMethod, LONG_TEXT);
        fatherName = PaperFields.optional("HO_TEN_CHA", fatherName, 255);
        motherName = PaperFields.optional("HO_TEN_ME", motherName, 255);
        guardianName = PaperFields.optional("NGUOI_GIAM_HO", guardianName, 255);
        employer = PaperFields.optional("DON_VI", employer, 1024);
        note = PaperFields.optional("GHI_CHU", note, LONG_TEXT);
        if (issuedOn == null) {
            throw new EncounterRuleException("encounter.paper.fieldRequired", "NGAY_CT");
        }
        boolean anyStillbirth = childBirthDate != null || childDeathDate != null || childrenDead != null;
        if (anyStillbirth && (childBirthDate == null || childDeathDate == null || childrenDead == null)) {
            throw new EncounterRuleException("encounter.summary.stillbirthIncomplete");
        }
        if (childrenDead != null && (childrenDead < 1 || childrenDead > 99)) {
            throw new EncounterRuleException("encounter.summary.childrenDeadInvalid", childrenDead);
        }
        if (childDeathDate != null && childDeathDate.isBefore(childBirthDate)) {
            throw new EncounterRuleException("encounter.summary.childDeathBeforeBirth");
        }
    }
}
