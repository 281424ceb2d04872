package vn.his.export.xml;

import java.util.Optional;
import java.util.Set;

/**
 * Which tables belong in the dossier of an encounter (QĐ 130 Đ3 k2 "tùy vào đối tượng và mục đích"; the notes
 * under the tables of the QĐ 4750 appendix): XML4 only when paraclinical services were done, XML5 only for
 * treatment encounters, XML8 only for inpatient, day-inpatient and commune-station stays, XML13 only for a
 * referral (MA_LOAI_RV 2 or 5), XML14 only when a re-visit appointment is issued. A table is written when it has
 * rows; a table that has rows but does not belong is refused, since the dossier would contradict itself.
 *
 * <p>The encounter-type sets follow the MA_LOAI_KCB list in use when QĐ 4750 was issued; QĐ 1804/2026 adds types
 * 11–16 whose tables are not stated [S], so the sets are constructor parameters.
 */
public final class TableRelevance {

    /** Bảng 5 note: MA_LOAI_KCB 02, 05, 08, inpatient 03, day-inpatient 04, commune stay 06, inpatient &lt; 4 h 09. */
    public static final Set<String> QD4750_PROGRESS_NOTE_TYPES = Set.of("02", "05", "08", "03", "04", "06", "09");
    /** Bảng 8 note (and gateway check): MA_LOAI_KCB 03, 04, 06. */
    public static final Set<String> QD4750_RECORD_SUMMARY_TYPES = Set.of("03", "04", "06");
    /** Bảng 13 note: MA_LOAI_RV 2 or 5. */
    public static final Set<String> QD4750_REFERRAL_DISCHARGE_TYPES = Set.of("2", "5");

    private final Set<String> progressNoteTypes;
    private final Set<String> recordSummaryTypes;
    private final Set<String> referralDischargeTypes;

    public TableRelevance(Set<String> progressNoteTypes, Set<String> recordSummaryTypes,
                          Set<String> referralDischargeTypes) {
        this.progressNoteTypes = Set.copyOf(progressNoteTypes);
        this.recordSummaryTypes = Set.copyOf(recordSummaryTypes);
        this.referralDischargeTypes = Set.copyOf(referralDischargeTypes);
    }

    public static TableRelevance qd4750() {
        return new TableRelevance(QD4750_PROGRESS_NOTE_TYPES, QD4750_RECORD_SUMMARY_TYPES,
                QD4750_REFERRAL_DISCHARGE_TYPES);
    }

    /**
     * Why the table must not be sent for this encounter, as a message key of the export bundle with the table
     * code and the deciding value as arguments; empty when the table may be sent.
     */
    public Optional<String> objection(String table, ClaimSnapshot snapshot) {
        String type = snapshot.summary().maLoaiKcb();
        return switch (table) {
            case "XML5" -> progressNoteTypes.contains(type) ? Optional.empty() : Optional.of("export.table.xml5NotForType");
            case "XML8" -> recordSummaryTypes.contains(type) ? Optional.empty() : Optional.of("export.table.xml8NotForType");
            case "XML13" -> referralDischargeTypes.contains(snapshot.summary().maLoaiRv())
                    ? Optional.empty() : Optional.of("export.table.xml13NotReferral");
            default -> Optional.empty();
        };
    }

    public boolean isReferral(ClaimSnapshot snapshot) {
        return referralDischargeTypes.contains(snapshot.summary().maLoaiRv());
    }
}
