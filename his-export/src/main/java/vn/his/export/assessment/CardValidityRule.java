package vn.his.export.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Health-insurance cards of XML1 (QĐ 4750 Bảng 1 MA_THE_BHYT, MA_DKBD, GT_THE_TU, GT_THE_DEN: several cards in
 * one episode are listed in order, separated by ';'): the four lists have the same number of entries, each card
 * period runs forward, the card is valid on the admission date, and every XML2/XML3 line the fund pays
 * (T_BHTT &gt; 0) falls on a date (of NGAY_YL) covered by one of the cards. A line paid by the fund without any card
 * is an error too.
 */
final class CardValidityRule implements AssessmentRule {

    static final String LIST_MISMATCH = "CARD_LIST_MISMATCH";
    static final String PERIOD = "CARD_PERIOD";
    static final String ADMISSION = "CARD_NOT_VALID_AT_ADMISSION";
    static final String SERVICE = "CARD_NOT_VALID_ON_SERVICE";
    static final String MISSING = "CARD_MISSING";

    private record Card(String number, LocalDate from, LocalDate to) {
        boolean covers(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }
    }

    @Override
    public List<String> ruleIds() {
        return List.of(LIST_MISMATCH, PERIOD, ADMISSION, SERVICE, MISSING);
    }

    @Override
    public void check(AssessmentContext context, List<Finding> findings) {
        TableRow summary = context.summary();
        List<String> numbers = ClaimDates.parts(summary.text("MA_THE_BHYT"));
        List<String> froms = ClaimDates.parts(summary.text("GT_THE_TU"));
        List<String> tos = ClaimDates.parts(summary.text("GT_THE_DEN"));
        List<String> regs = ClaimDates.parts(summary.text("MA_DKBD"));
        List<TableRow> paidLines = new ArrayList<>();
        for (TableRow r : context.rows()) {
            BigDecimal fund = r.number("T_BHTT");
            if (List.of("XML2", "XML3").contains(r.table()) && fund != null && fund.signum() > 0) {
                paidLines.add(r);
            }
        }
        if (numbers.isEmpty()) {
            if (!paidLines.isEmpty()) {
                findings.add(Findings.error(MISSING, summary, "MA_THE_BHYT"));
            }
            return;
        }
        if (froms.size() != numbers.size() || tos.size() != numbers.size() || regs.size() != numbers.size()) {
            findings.add(Findings.error(LIST_MISMATCH, summary, "MA_THE_BHYT", numbers.size(), regs.size(),
                    froms.size(), tos.size()));
            return;
        }
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            Optional<LocalDate> from = ClaimDates.date(froms.get(i));
            Optional<LocalDate> to = ClaimDates.date(tos.get(i));
            if (from.isEmpty() || to.isEmpty()) {
                return; // reported by FieldSpecRule
            }
            if (to.get().isBefore(from.get())) {
                findings.add(Findings.error(PERIOD, summary, "GT_THE_DEN", numbers.get(i), froms.get(i), tos.get(i)));
            }
            cards.add(new Card(numbers.get(i), from.get(), to.get()));
        }
        context.admission().ifPresent(in -> {
            if (cards.stream().noneMatch(c -> c.covers(in.toLocalDate()))) {
                findings.add(Findings.error(ADMISSION, summary, "GT_THE_TU", summary.text("NGAY_VAO")));
            }
        });
        for (TableRow line : paidLines) {
            ClaimDates.dateTime(line.text("NGAY_YL")).ifPresent(t -> {
                if (cards.stream().noneMatch(c -> c.covers(t.toLocalDate()))) {
                    findings.add(Findings.error(SERVICE, line, "NGAY_YL", line.text("NGAY_YL")));
                }
            });
        }
    }
}
