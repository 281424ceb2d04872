package vn.his.core.encounter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

/**
 * An order line as entered, validated on construction (QĐ 4750 Bảng 2/3): quantity > 0 and unit prices ≥ 0 rounded
 * HALF_UP to 3 decimals; TYLE_TT_BH and TYLE_TT_DV 0–100; PHAM_VI 1/2/3; MA_PTTT 1/2/3; order ≤ execution ≤ result.
 * Drug fields (strength, route, dosage, registration, tender) are null for services; the catalogue fills them.
 */
public record OrderLineDraft(OrderKind kind, String itemCode, String itemName, String serviceCode, String supplyCode,
                             int costGroup, String unit, BigDecimal quantity, BigDecimal hospitalUnitPrice,
                             BigDecimal insuranceUnitPrice, int scope, int insuranceRatio, int serviceRatio,
                             String supplyPackage, LocalDateTime orderTime, LocalDateTime executionTime,
                             LocalDateTime resultTime, String departmentCode, String orderingCchn,
                             String performerCchn, String icd10, String icd9, String bedCode, int paymentMethod,
                             Integer fundingSource, String strength, String routeCode, String dosageForm,
                             String dosage, String usageNote, String registrationNo, String tenderInfo,
                             String fuelCode, Integer anaesthesia, String machineCode, OtherFunding otherFunding) {

    public static final int QUANTITY_SCALE = 3;

    public OrderLineDraft {
        if (kind == null) {
            throw new EncounterRuleException("line.kind.required");
        }
        if (itemCode == null || itemCode.isBlank() || itemName == null || itemName.isBlank()) {
            throw new EncounterRuleException("line.item.required");
        }
        if (!kind.allows(costGroup)) {
            throw new EncounterRuleException("line.costGroup.invalid", costGroup, kind);
        }
        if (unit == null || unit.isBlank()) {
            throw new EncounterRuleException("line.unit.required", itemCode);
        }
        if (quantity == null || quantity.signum() <= 0) {
            throw new EncounterRuleException("line.quantity.positive", itemCode, String.valueOf(quantity));
        }
        quantity = quantity.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
        if (quantity.signum() <= 0) {
            throw new EncounterRuleException("line.quantity.positive", itemCode, String.valueOf(quantity));
        }
        hospitalUnitPrice = price(hospitalUnitPrice, itemCode);
        insuranceUnitPrice = price(insuranceUnitPrice, itemCode);
        if (scope < 1 || scope > 3) {
            throw new EncounterRuleException("line.scope.invalid", itemCode, scope);
        }
        percent(insuranceRatio, itemCode);
        percent(serviceRatio, itemCode);
        if (paymentMethod < 1 || paymentMethod > 3) {
            throw new EncounterRuleException("line.paymentMethod.invalid", itemCode, paymentMethod);
        }
        if (orderTime == null) {
            throw new EncounterRuleException("line.orderTime.required", itemCode);
        }
        if (executionTime != null && executionTime.isBefore(orderTime)) {
            throw new EncounterRuleException("line.executionBeforeOrder", itemCode);
        }
        if (resultTime != null && resultTime.isBefore(orderTime)) {
            throw new EncounterRuleException("line.resultBeforeOrder", itemCode);
        }
        if (departmentCode == null || departmentCode.isBlank()) {
            throw new EncounterRuleException("line.department.required", itemCode);
        }
        if (orderingCchn == null || orderingCchn.isBlank()) {
            throw new EncounterRuleException("line.orderingCchn.required", itemCode);
        }
        if (bedCode != null && !bedCode.isBlank() && !bedCode.matches("[HTCK]\\d{3}(;[HTCK]\\d{3})*")) {
            throw new EncounterRuleException("line.bedCode.invalid", bedCode);
        }
        if (otherFunding == null) {
            otherFunding = OtherFunding.NONE;
        }
    }

    /** A line with the usual defaults: in scope, 100% ratios, fee-for-service, no other funding. */
    public static OrderLineDraft simple(OrderKind kind, String itemCode, String itemName, int costGroup, String unit,
                                        BigDecimal quantity, BigDecimal unitPrice, LocalDateTime orderTime,
                                        String departmentCode, String orderingCchn) {
        return new OrderLineDraft(kind, itemCode, itemName, kind == OrderKind.SUPPLY ? null : itemCode,
                kind == OrderKind.SUPPLY ? itemCode : null, costGroup, unit, quantity, unitPrice, unitPrice, 1, 100,
                100, null, orderTime, null, null, departmentCode, orderingCchn, null, null, null, null, 1,
                kind.isDrugTable() ? 1 : null, null, null, null, null, null, null, null, null, null, null,
                OtherFunding.NONE);
    }

    private static BigDecimal price(BigDecimal value, String itemCode) {
        if (value == null || value.signum() < 0) {
            throw new EncounterRuleException("line.price.invalid", itemCode, String.valueOf(value));
        }
        return value.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
    }

    private static void percent(int value, String itemCode) {
        if (value < 0 || value > 100) {
            throw new EncounterRuleException("line.ratio.invalid", itemCode, value);
        }
    }
}
