package vn.his.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One cost line of an encounter as ordered (XML2 or XML3 before pricing).
 *
 * @param lineId             stable id of the order line (unique in the request)
 * @param table              DRUG (XML2) or SERVICE (XML3)
 * @param costGroup          MA_NHOM (QĐ 5937 PL3, + 19 by QĐ 4750)
 * @param orderedAt          NGAY_YL; its date chooses the card and the rules
 * @param quantity           SO_LUONG (rounded HALF_UP to 3 decimals)
 * @param hospitalUnitPrice  DON_GIA_BV (XML3) or DON_GIA (XML2), rounded to 3 decimals
 * @param fundUnitPrice      DON_GIA_BH (XML3); {@code null} for XML2, where it equals DON_GIA
 * @param serviceRatePercent TYLE_TT_DV given directly, or {@code null}
 * @param specialRate        TYLE_TT_DV to look up in the rule book, or {@code null}; not both
 * @param fundRatePercent    TYLE_TT_BH (100 when none is specified, 0 when not covered)
 * @param scope              PHAM_VI
 * @param paymentMethod      MA_PTTT: 1 fee for service, 2 capitation, 3 DRG
 * @param supplyPackage      GOI_VTYT ("G1", "G2"...): supplies of one use of a service, capped together
 * @param otherFunding       other-source money, or {@code null}
 */
public record ChargeLine(
        String lineId,
        LineTable table,
        int costGroup,
        LocalDateTime orderedAt,
        BigDecimal quantity,
        BigDecimal hospitalUnitPrice,
        BigDecimal fundUnitPrice,
        BigDecimal serviceRatePercent,
        SpecialRate specialRate,
        BigDecimal fundRatePercent,
        Scope scope,
        int paymentMethod,
        String supplyPackage,
        OtherFunding otherFunding) {

    /** A drug / blood line of XML2 at price {@code unitPrice} (fund price = DON_GIA). */
    public static Builder drug(String lineId, int costGroup, LocalDateTime orderedAt, BigDecimal quantity,
                               BigDecimal unitPrice) {
        return new Builder(lineId, LineTable.DRUG, costGroup, orderedAt, quantity, unitPrice, null);
    }

    /** A service / supply / bed / exam line of XML3. */
    public static Builder service(String lineId, int costGroup, LocalDateTime orderedAt, BigDecimal quantity,
                                  BigDecimal hospitalUnitPrice, BigDecimal fundUnitPrice) {
        return new Builder(lineId, LineTable.SERVICE, costGroup, orderedAt, quantity, hospitalUnitPrice,
                fundUnitPrice);
    }

    /** Builder with the defaults of QĐ 4750: TYLE_TT_BH 100, PHAM_VI 1, MA_PTTT 1. */
    public static final class Builder {
        private final String lineId;
        private final LineTable table;
        private final int costGroup;
        private final LocalDateTime orderedAt;
        private final BigDecimal quantity;
        private final BigDecimal hospitalUnitPrice;
        private final BigDecimal fundUnitPrice;
        private BigDecimal serviceRatePercent;
        private SpecialRate specialRate;
        private BigDecimal fundRatePercent = BigDecimal.valueOf(100);
        private Scope scope = Scope.IN_SCOPE;
        private int paymentMethod = 1;
        private String supplyPackage;
        private OtherFunding otherFunding;

        private Builder(String lineId, LineTable table, int costGroup, LocalDateTime orderedAt, BigDecimal quantity,
                        BigDecimal hospitalUnitPrice, BigDecimal fundUnitPrice) {
            this.lineId = lineId;
            this.table = table;
            this.costGroup = costGroup;
            this.orderedAt = orderedAt;
            this.quantity = quantity;
            this.hospitalUnitPrice = hospitalUnitPrice;
            this.fundUnitPrice = fundUnitPrice;
        }

        public Builder serviceRate(BigDecimal percent) {
            this.serviceRatePercent = percent;
            return this;
        }

        public Builder specialRate(SpecialRate rate) {
            this.specialRate = rate;
            return this;
        }

        public Builder fundRate(BigDecimal percent) {
            this.fundRatePercent = percent;
            return this;
        }

        public Builder scope(Scope value) {
            this.scope = value;
            return this;
        }

        public Builder paymentMethod(int value) {
            this.paymentMethod = value;
            return this;
        }

        public Builder supplyPackage(String value) {
            this.supplyPackage = value;
            return this;
        }

        public Builder otherFunding(OtherFunding value) {
            this.otherFunding = value;
            return this;
        }

        public ChargeLine build() {
            return new ChargeLine(lineId, table, costGroup, orderedAt, quantity, hospitalUnitPrice, fundUnitPrice,
                    serviceRatePercent, specialRate, fundRatePercent, scope, paymentMethod, supplyPackage,
                    otherFunding);
        }
    }
}
