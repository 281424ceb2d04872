package vn.his.billing.statement;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import vn.his.billing.Explanation;
import vn.his.billing.settlement.PaymentMethod;

/**
 * The patient's cost statement (bảng kê chi phí khám bệnh, chữa bệnh, Mẫu 01/KBCB): who the patient is, the
 * card(s), the stay, the diagnoses, the lines by cost section with subtotals, and the totals split between the
 * fund, the patient (co-payment and self-pay) and other sources. Built from a frozen version (or a preview, marked
 * so) and rendered by the web page and {@link CostStatementWorkbook}. Money 2 decimals as priced.
 *
 * @param version    the frozen version shown, 0 for a preview that nothing froze
 * @param reason     the correction reason of the version, or {@code null}
 * @param sections   non-empty sections in the form's order
 */
public record CostStatement(
        Header header,
        int version,
        String reason,
        LocalDateTime settledAt,
        String settledBy,
        PaymentMethod paymentMethod,
        LocalDateTime paidAt,
        List<Section> sections,
        Totals totals,
        List<Explanation> notes) {

    public CostStatement {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
    }

    public boolean preview() {
        return version == 0;
    }

    /**
     * The administrative part of the form.
     *
     * @param maLk              MA_LK, printed as "Số khám bệnh" (QĐ 697)
     * @param cards             the card(s) with their validity, "HT3400000000123 (01/01/2026 - 31/12/2026)"
     * @param visitObjectCode   MA_DOITUONG_KCB
     * @param visitExplanation  why that visit object (and the clerk's reason when overridden)
     * @param benefitPercent    benefit percentage of the visit by route, or {@code null} without card
     */
    public record Header(
            String facilityName,
            String facilityCode,
            String maLk,
            String patientCode,
            String patientName,
            String birthDate,
            int genderCode,
            String address,
            List<String> cards,
            String registeredFacility,
            LocalDateTime arrival,
            LocalDateTime discharge,
            String diagnosis,
            String mainIcd10,
            List<String> secondaryIcd10,
            String departments,
            boolean inpatient,
            boolean emergency,
            boolean referral,
            String visitObjectCode,
            Explanation visitExplanation,
            BigDecimal benefitPercent) {

        public Header {
            cards = List.copyOf(cards);
            secondaryIcd10 = List.copyOf(secondaryIcd10);
        }
    }

    /** One section of costs with its lines and its subtotal (the sums of the lines). */
    public record Section(CostSection section, List<Line> lines, Amounts subtotal) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One line as the form prints it.
     *
     * @param serviceRatePercent TYLE_TT_DV
     * @param fundRatePercent    TYLE_TT_BH
     * @param mucHuong           MUC_HUONG of the line, or {@code null} without card
     */
    public record Line(
            String lineId,
            String code,
            String name,
            String unit,
            BigDecimal quantity,
            BigDecimal hospitalUnitPrice,
            BigDecimal fundUnitPrice,
            BigDecimal serviceRatePercent,
            BigDecimal fundRatePercent,
            BigDecimal mucHuong,
            Amounts amounts,
            List<Explanation> explanations) {

        public Line {
            explanations = List.copyOf(explanations);
        }
    }

    /**
     * The money columns: THANH_TIEN_BV, THANH_TIEN_BH, fund (T_BHTT), co-payment (T_BNCCT), other sources
     * (T_NGUONKHAC), self-pay (T_BNTT). {@code hospital = fund + coPayment + otherSources + selfPay}.
     */
    public record Amounts(BigDecimal hospital, BigDecimal insured, BigDecimal fund, BigDecimal coPayment,
                          BigDecimal otherSources, BigDecimal selfPay) {

        /** What the patient pays: co-payment + self-pay. */
        public BigDecimal patient() {
            return coPayment.add(selfPay);
        }

        Amounts plus(Amounts o) {
            return new Amounts(hospital.add(o.hospital), insured.add(o.insured), fund.add(o.fund),
                    coPayment.add(o.coPayment), otherSources.add(o.otherSources), selfPay.add(o.selfPay));
        }
    }

    /** The statement's totals (XML1 T_TONGCHI_BV, T_TONGCHI_BH, T_BHTT, T_BNCCT, T_NGUONKHAC, T_BNTT). */
    public record Totals(Amounts amounts, BigDecimal drugs, BigDecimal supplies) {
    }
}
