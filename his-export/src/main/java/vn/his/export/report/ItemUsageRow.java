package vn.his.export.report;

import java.math.BigDecimal;

/**
 * One row of an item form (19/20/21 BHYT): an item (code, name, unit, unit price) with the quantities used for
 * outpatients and inpatients in the period, the amount (Σ THANH_TIEN_BV) and the fund's amount (Σ T_BHTT) of its lines.
 */
public record ItemUsageRow(ItemForm form, String code, String name, String unit, BigDecimal unitPrice,
                           BigDecimal outpatientQuantity, BigDecimal inpatientQuantity, BigDecimal amount,
                           BigDecimal fundAmount) {

    public BigDecimal totalQuantity() {
        return outpatientQuantity.add(inpatientQuantity);
    }

    /** Adds one line's quantity (to the outpatient or inpatient column) and money. */
    ItemUsageRow plus(boolean inpatient, BigDecimal quantity, BigDecimal lineAmount, BigDecimal lineFund) {
        return new ItemUsageRow(form, code, name, unit, unitPrice,
                inpatient ? outpatientQuantity : outpatientQuantity.add(quantity),
                inpatient ? inpatientQuantity.add(quantity) : inpatientQuantity, amount.add(lineAmount),
                fundAmount.add(lineFund));
    }
}
