package vn.his.export.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.his.export.xml.ClaimSnapshot;
import vn.his.export.xml.ReferralLetterSettings;

/**
 * The discharge papers of the dossier — XML8 record summary, XML13 referral letter (QĐ 3176 form), XML14 re-visit
 * appointment (QĐ 4750 appendix, Bảng 8, 13, 14):
 * <ul>
 *   <li>{@code PAPER_DIFFERS_FROM_XML1} (error): a field the appendix fills "from the same field of Bảng 1" must,
 *       when filled, equal XML1 (gateway workbook, note "Nếu có dữ liệu thì phải giống thông tin này ở bảng 1"
 *       [G]); for XML8 the stay's dates, type and result, which name the same facts [I]. XML13 MA_CSKCB_DI (QĐ 3176
 *       Bảng 13, replacing MA_NOI_DI) is read both as XML1 MA_NOI_DI and as the issuing facility XML1 MA_CSKCB by
 *       public implementations [C] and the 3176 appendix was not read [S]: it is compared only with the XML1 element
 *       of an explicitly configured reading ({@code his.export.xml13.ma-cskcb-di}); unconfigured, the rule would be
 *       guessing and stays silent.</li>
 *   <li>{@code REVISIT_PAPER_BEFORE_ARRIVAL} (error): XML14 NGAY_CT ≥ the day of NGAY_VAO [G].</li>
 *   <li>{@code SUMMARY_BEFORE_DISCHARGE} (warning): XML8 NGAY_CT, the day the head of department issues the
 *       summary of the closed record, not before the day of NGAY_RA [I].</li>
 *   <li>{@code STILLBIRTH_FIELDS} (error): NGAY_SINHCON, NGAY_CONCHET and SO_CONCHET of XML8 describe one event
 *       ("trường hợp con chết sau khi sinh" [P]): all three or none, death not before birth [I].</li>
 *   <li>{@code REFERRAL_REASON_CODE} (error): MA_LYDO_CT is 1, 2 or 3 [P, Bảng 13].</li>
 *   <li>{@code REFERRAL_DESTINATION} (error): MA_CSKCB_DEN is a 5-character facility code other than the sending
 *       MA_CSKCB [P: Bảng 1 MA_NOI_DEN; I: not the facility itself].</li>
 *   <li>{@code REFERRAL_REASON_FITS} (warning): a transfer at the patient's request (MA_LOAI_RV 5) has reason 3 and a
 *       professional transfer (2) reason 1 or 2, by the meaning of both codes [I].</li>
 *   <li>{@code RECORD_SUMMARY_MISSING} (warning): a discharged inpatient, day-inpatient or commune stay (MA_LOAI_KCB
 *       03, 04, 06) without XML8, unless the patient absconded (MA_LOAI_RV 3) [I: Bảng 8 is the table of those
 *       stays; the gateway workbook only forbids it for other types].</li>
 * </ul>
 */
final class DischargePapersRule implements AssessmentRule {

    static final String DIFFERS = "PAPER_DIFFERS_FROM_XML1";
    static final String REVISIT_BEFORE_ARRIVAL = "REVISIT_PAPER_BEFORE_ARRIVAL";
    static final String SUMMARY_BEFORE_DISCHARGE = "SUMMARY_BEFORE_DISCHARGE";
    static final String STILLBIRTH = "STILLBIRTH_FIELDS";
    static final String REASON_CODE = "REFERRAL_REASON_CODE";
    static final String DESTINATION = "REFERRAL_DESTINATION";
    static final String REASON_FITS = "REFERRAL_REASON_FITS";
    static final String SUMMARY_MISSING = "RECORD_SUMMARY_MISSING";

    /** Paper element → XML1 element it must equal when filled. */
    private static final Map<String, Map<String, String>> SAME_AS_XML1 = Map.of(
            "XML8", same("MA_LOAI_KCB", "NGAY_VAO", "NGAY_RA", "KET_QUA_DTRI"),
            "XML13", withRenames(same("MA_CSKCB", "HO_TEN", "NGAY_SINH", "GIOI_TINH", "MA_QUOCTICH", "MA_DANTOC",
                    "MA_NGHE_NGHIEP", "DIA_CHI", "MA_THE_BHYT", "GT_THE_DEN", "NGAY_VAO", "NGAY_VAO_NOI_TRU",
                    "NGAY_RA", "CHAN_DOAN_RV", "MA_BENH_CHINH", "MA_BENH_KT", "MA_BENH_YHCT", "MA_LOAI_RV"),
                    Map.of("MA_CSKCB_DEN", "MA_NOI_DEN", "PP_DIEUTRI", "PP_DIEU_TRI")),
            "XML14", same("MA_CSKCB", "NGAY_SINH", "GIOI_TINH", "DIA_CHI", "MA_THE_BHYT", "GT_THE_DEN", "NGAY_VAO",
                    "NGAY_VAO_NOI_TRU", "NGAY_RA", "CHAN_DOAN_RV", "MA_BENH_CHINH", "MA_BENH_KT", "MA_BENH_YHCT",
                    "MA_DOITUONG_KCB"));

    private final Set<String> summaryTypes;
    private final Map<String, Map<String, String>> sameAsXml1;

    DischargePapersRule(Set<String> summaryTypes, ReferralLetterSettings referralLetters) {
        this.summaryTypes = Set.copyOf(summaryTypes);
        this.sameAsXml1 = sameAsXml1(referralLetters);
    }

    /** QĐ 4750 Bảng 8 note: MA_LOAI_KCB 03, 04, 06; XML13 MA_CSKCB_DI as configured. */
    static DischargePapersRule qd4750(ReferralLetterSettings referralLetters) {
        return new DischargePapersRule(vn.his.export.xml.TableRelevance.QD4750_RECORD_SUMMARY_TYPES, referralLetters);
    }

    @Override
    public List<String> ruleIds() {
        return List.of(DIFFERS, REVISIT_BEFORE_ARRIVAL, SUMMARY_BEFORE_DISCHARGE, STILLBIRTH, REASON_CODE,
                DESTINATION, REASON_FITS, SUMMARY_MISSING);
    }

    @Override
    public void check(AssessmentContext context, List<Finding> findings) {
        ClaimSnapshot s = context.snapshot();
        TableRow xml1 = context.summary();
        for (TableRow row : context.rows()) {
            Map<String, String> same = sameAsXml1.get(row.table());
            if (same == null) {
                continue;
            }
            same.forEach((element, xml1Element) -> {
                String value = row.text(element);
                String expected = xml1.text(xml1Element);
                if (value != null && !value.equals(expected)) {
                    findings.add(Findings.error(DIFFERS, row, element, row.table(), element, value, xml1Element,
                            expected));
                }
            });
            switch (row.table()) {
                case "XML8" -> summary(context, row, findings);
                case "XML13" -> referral(row, xml1, findings);
                case "XML14" -> {
                    Optional<LocalDate> issued = ClaimDates.date(row.text("NGAY_CT"));
                    Optional<LocalDate> arrival = context.admission().map(t -> t.toLocalDate());
                    if (issued.isPresent() && arrival.isPresent() && issued.get().isBefore(arrival.get())) {
                        findings.add(Findings.error(REVISIT_BEFORE_ARRIVAL, row, "NGAY_CT", row.text("NGAY_CT"),
                                s.summary().ngayVao()));
                    }
                }
                default -> { }
            }
        }
        boolean discharged = context.discharge().isPresent();
        if (discharged && summaryTypes.contains(s.summary().maLoaiKcb()) && s.recordSummary() == null
                && !"3".equals(s.summary().maLoaiRv())) {
            findings.add(Findings.warning(SUMMARY_MISSING, xml1, "MA_LOAI_KCB", s.summary().maLoaiKcb()));
        }
    }

    private static void summary(AssessmentContext context, TableRow row, List<Finding> findings) {
        Optional<LocalDate> issued = ClaimDates.date(row.text("NGAY_CT"));
        Optional<LocalDate> end = context.endDate();
        if (issued.isPresent() && end.isPresent() && issued.get().isBefore(end.get())) {
            findings.add(Findings.warning(SUMMARY_BEFORE_DISCHARGE, row, "NGAY_CT", row.text("NGAY_CT"),
                    context.snapshot().summary().ngayRa()));
        }
        boolean born = row.has("NGAY_SINHCON");
        boolean died = row.has("NGAY_CONCHET");
        boolean count = row.has("SO_CONCHET");
        Optional<LocalDate> birth = ClaimDates.date(row.text("NGAY_SINHCON"));
        Optional<LocalDate> death = ClaimDates.date(row.text("NGAY_CONCHET"));
        if ((born || died || count) && !(born && died && count)) {
            findings.add(Findings.error(STILLBIRTH, row, born ? (died ? "SO_CONCHET" : "NGAY_CONCHET") : "NGAY_SINHCON"));
        } else if (birth.isPresent() && death.isPresent() && death.get().isBefore(birth.get())) {
            findings.add(Findings.error(STILLBIRTH, row, "NGAY_CONCHET"));
        }
    }

    private static void referral(TableRow row, TableRow xml1, List<Finding> findings) {
        String reason = row.text("MA_LYDO_CT");
        if (reason != null && !Set.of("1", "2", "3").contains(reason)) {
            findings.add(Findings.error(REASON_CODE, row, "MA_LYDO_CT", reason));
        }
        String destination = row.text("MA_CSKCB_DEN");
        String sender = row.text("MA_CSKCB") != null ? row.text("MA_CSKCB") : xml1.text("MA_CSKCB");
        if (destination == null || !destination.matches("[0-9A-Z]{5}") || destination.equals(sender)) {
            findings.add(Findings.error(DESTINATION, row, "MA_CSKCB_DEN", destination == null ? "" : destination));
        }
        String type = row.text("MA_LOAI_RV") != null ? row.text("MA_LOAI_RV") : xml1.text("MA_LOAI_RV");
        if (reason != null && type != null && ("5".equals(type) != "3".equals(reason))) {
            findings.add(Findings.warning(REASON_FITS, row, "MA_LYDO_CT", reason, type));
        }
    }

    /** The fixed pairs, with XML13 MA_CSKCB_DI added under an explicitly configured reading. */
    private static Map<String, Map<String, String>> sameAsXml1(ReferralLetterSettings referralLetters) {
        if (!referralLetters.configured()) {
            return SAME_AS_XML1;
        }
        Map<String, Map<String, String>> pairs = new java.util.HashMap<>(SAME_AS_XML1);
        pairs.put("XML13", withRenames(SAME_AS_XML1.get("XML13"),
                Map.of("MA_CSKCB_DI", referralLetters.maCskcbDi().xml1Element())));
        return Map.copyOf(pairs);
    }

    private static Map<String, String> same(String... elements) {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        for (String e : elements) {
            m.put(e, e);
        }
        return m;
    }

    private static Map<String, String> withRenames(Map<String, String> same, Map<String, String> renames) {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>(same);
        m.putAll(renames);
        return m;
    }
}
