package vn.his.web.settlement;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.his.billing.Explanation;
import vn.his.billing.pricing.EncounterTotals;
import vn.his.billing.pricing.LineAmounts;
import vn.his.billing.pricing.LineTable;
import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.pricing.PricedLine;
import vn.his.billing.visit.VisitObject;

/**
 * A priced bill as the clerk sees it: the visit object (MA_DOITUONG_KCB, MUC_HUONG and why), every line with its
 * money columns (QĐ 4750 Bảng 2/3: THANH_TIEN_BV, THANH_TIEN_BH, T_BHTT, T_BNCCT, T_BNTT, T_NGUONKHAC) and the
 * XML1 totals (Bảng 1). Explanations are written in the caller's language.
 */
public record BillView(VisitObjectView visitObject, List<Line> lines, Totals totals,
                       LocalDateTime coPaymentExemptFrom, List<String> notes) {

    /** The visit object; {@code benefitPercent} is the encounter's MUC_HUONG (null without a card). */
    public record VisitObjectView(String code, BigDecimal cardPercent, BigDecimal benefitPercent, boolean overridden,
                                  String overrideReason, String explanation) {
    }

    /**
     * One priced line.
     *
     * @param hospitalAmount THANH_TIEN_BV
     * @param insuredAmount  THANH_TIEN_BH
     * @param fund           T_BHTT (BHTT)
     * @param coPayment      T_BNCCT (BNCCT)
     * @param selfPay        T_BNTT (BNTT)
     * @param otherSources   T_NGUONKHAC
     * @param mucHuong       MUC_HUONG of the line
     * @param claimTable     the claim table the line is written to: XML2 (drugs, blood) or XML3 (services, supplies)
     * @param claimStt       its STT in that table
     */
    public record Line(String lineId, String itemCode, String itemName, String unit, BigDecimal quantity,
                       BigDecimal hospitalUnitPrice, BigDecimal fundUnitPrice, BigDecimal mucHuong,
                       BigDecimal hospitalAmount, BigDecimal insuredAmount, BigDecimal fund, BigDecimal coPayment,
                       BigDecimal selfPay, BigDecimal otherSources, String explanation, String claimTable,
                       Integer claimStt) {
    }

    /** XML1 totals; {@code patientDue} = T_BNCCT + T_BNTT, what the patient pays at the cashier. */
    public record Totals(BigDecimal hospitalAmount, BigDecimal insuredAmount, BigDecimal fund, BigDecimal coPayment,
                         BigDecimal selfPay, BigDecimal otherSources, BigDecimal patientDue) {
    }

    /** Name, code and unit of a charged item, by line id. */
    public record Item(String code, String name, String unit) {
    }

    public static BillView of(PricedEncounter priced, Map<String, Item> items, Locale locale) {
        VisitObject v = priced.visitObject();
        VisitObjectView visit = new VisitObjectView(v.code(), v.cardPercent(), v.benefitPercent(), v.overridden(),
                v.overrideReason(), v.explanation(locale));
        Map<String, Integer> stt = claimStt(priced.lines());
        List<Line> lines = priced.lines().stream()
                .map(l -> line(l, items.get(l.lineId()), stt.get(l.lineId()), locale)).toList();
        EncounterTotals t = priced.totals();
        Totals totals = new Totals(t.tTongchiBv(), t.tTongchiBh(), t.tBhtt(), t.tBncct(), t.tBntt(), t.tNguonKhac(),
                patientDue(priced));
        return new BillView(visit, lines, totals, priced.coPaymentExemptFrom(),
                priced.notes().stream().map(n -> n.text(locale)).toList());
    }

    /** What the patient owes for a priced version: T_BNCCT + T_BNTT (the amount a payment must equal). */
    public static BigDecimal patientDue(PricedEncounter priced) {
        return priced.totals().tBncct().add(priced.totals().tBntt());
    }

    /**
     * The STT each line gets in its claim table, numbered as export's {@code ClaimSnapshotAssembler} numbers them:
     * lines in order of their line number (the pricing line id), counted separately in XML2 and XML3 (QĐ 130 as
     * amended by QĐ 4750, Bảng 2 and Bảng 3, STT). A line id that is not a number gets no STT.
     */
    static Map<String, Integer> claimStt(List<PricedLine> lines) {
        Map<String, Integer> stt = new java.util.HashMap<>();
        if (lines.stream().anyMatch(l -> !l.lineId().matches("\\d{1,9}"))) {
            return stt;
        }
        int drugs = 0;
        int services = 0;
        for (PricedLine l : lines.stream().sorted(java.util.Comparator.comparingInt(
                (PricedLine p) -> Integer.parseInt(p.lineId()))).toList()) {
            stt.put(l.lineId(), l.table() == LineTable.DRUG ? ++drugs : ++services);
        }
        return stt;
    }

    private static Line line(PricedLine l, Item item, Integer stt, Locale locale) {
        LineAmounts a = l.amounts();
        return new Line(l.lineId(), item == null ? null : item.code(), item == null ? null : item.name(),
                item == null ? null : item.unit(), l.quantity(), l.hospitalUnitPrice(), l.fundUnitPrice(),
                l.mucHuong(), a.thanhTienBv(), a.thanhTienBh(), a.tBhtt(), a.tBncct(), a.tBntt(), a.tNguonKhac(),
                String.join("; ", l.explanations().stream().map((Explanation e) -> e.text(locale)).toList()),
                l.table() == LineTable.DRUG ? "XML2" : "XML3", stt);
    }
}
