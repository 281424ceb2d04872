package vn.his.billing.pricing;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import vn.his.billing.BillingException;

/** Refuses a pricing request that the formulas cannot price, with a message naming the line and the field. */
final class RequestValidator {

    /** MA_NHOM of XML2 (QĐ 5937 PL3): drugs 4, 5, 6, blood 7, blood products 17. */
    private static final Set<Integer> DRUG_GROUPS = Set.of(4, 5, 6, 7, 17);

    void validate(PricingRequest request) {
        if (request == null) {
            throw new BillingException("billing.request.missing");
        }
        if (request.encounterId() == null || request.encounterId().isBlank() || request.encounterId().length() > 100) {
            throw new BillingException("billing.request.encounterIdInvalid", String.valueOf(request.encounterId()));
        }
        if (request.visit() == null) {
            throw new BillingException("billing.request.visitMissing", request.encounterId());
        }
        if (request.lines().isEmpty()) {
            throw new BillingException("billing.request.noLines", request.encounterId());
        }
        Set<String> ids = new HashSet<>();
        for (ChargeLine line : request.lines()) {
            if (line == null) {
                throw new BillingException("billing.request.lineMissing", request.encounterId());
            }
            if (line.lineId() == null || line.lineId().isBlank()) {
                throw new BillingException("billing.line.idMissing", request.encounterId());
            }
            if (!ids.add(line.lineId())) {
                throw new BillingException("billing.line.idDuplicate", line.lineId());
            }
            validateLine(line, request);
        }
    }

    private static void validateLine(ChargeLine line, PricingRequest request) {
        String id = line.lineId();
        if (line.table() == null) {
            throw new BillingException("billing.line.tableMissing", id);
        }
        if (line.costGroup() < 1 || line.costGroup() > 19) {
            throw new BillingException("billing.line.costGroupInvalid", id, String.valueOf(line.costGroup()));
        }
        boolean drugGroup = DRUG_GROUPS.contains(line.costGroup());
        if (drugGroup != (line.table() == LineTable.DRUG)) {
            throw new BillingException("billing.line.tableGroupMismatch", id, line.table().name(),
                    String.valueOf(line.costGroup()));
        }
        if (line.orderedAt() == null) {
            throw new BillingException("billing.line.orderedAtMissing", id);
        }
        if (line.orderedAt().toLocalDate().isBefore(request.visit().date())) {
            throw new BillingException("billing.line.beforeEncounter", id, Dates.minute(line.orderedAt()),
                    Dates.day(request.visit().date()));
        }
        nonNegative(id, "SO_LUONG", line.quantity());
        nonNegative(id, line.table() == LineTable.DRUG ? "DON_GIA" : "DON_GIA_BV", line.hospitalUnitPrice());
        if (line.table() == LineTable.DRUG) {
            if (line.fundUnitPrice() != null && line.fundUnitPrice().compareTo(line.hospitalUnitPrice()) != 0) {
                throw new BillingException("billing.line.drugFundPrice", id);
            }
            if (line.specialRate() != null || (line.serviceRatePercent() != null
                    && line.serviceRatePercent().compareTo(Money.HUNDRED) != 0)) {
                throw new BillingException("billing.line.drugServiceRate", id);
            }
        } else {
            nonNegative(id, "DON_GIA_BH", line.fundUnitPrice());
            if (Money.unitPrice(line.fundUnitPrice()).compareTo(Money.unitPrice(line.hospitalUnitPrice())) > 0) {
                throw new BillingException("billing.line.fundPriceAboveHospital", id, line.fundUnitPrice(),
                        line.hospitalUnitPrice());
            }
        }
        if (line.serviceRatePercent() != null && line.specialRate() != null) {
            throw new BillingException("billing.line.serviceRateConflict", id);
        }
        if (line.serviceRatePercent() != null) {
            percent(id, "TYLE_TT_DV", line.serviceRatePercent());
        }
        if (line.fundRatePercent() == null) {
            throw new BillingException("billing.line.percentInvalid", id, "TYLE_TT_BH", "null");
        }
        percent(id, "TYLE_TT_BH", line.fundRatePercent());
        if (line.scope() == null) {
            throw new BillingException("billing.line.scopeMissing", id);
        }
        if (line.paymentMethod() < 1 || line.paymentMethod() > 3) {
            throw new BillingException("billing.line.paymentMethodInvalid", id, String.valueOf(line.paymentMethod()));
        }
        if (line.supplyPackage() != null && !line.supplyPackage().matches("G[1-9]\\d{0,2}")) {
            throw new BillingException("billing.line.supplyPackageInvalid", id, line.supplyPackage());
        }
        if (line.otherFunding() != null) {
            validateFunding(id, line.otherFunding());
        }
    }

    private static void validateFunding(String id, OtherFunding funding) {
        OtherSources amounts = funding.amounts();
        if (amounts.anyNegative()) {
            throw new BillingException("billing.line.otherFundingNegative", id);
        }
        if (funding.fundingCase() == FundingCase.SPECIAL_COPAYMENT) {
            if (funding.coPaymentSource() == null || amounts.total().signum() != 0) {
                throw new BillingException("billing.line.otherFundingCaseC", id);
            }
        } else if (amounts.total().signum() == 0 || funding.coPaymentSource() != null) {
            throw new BillingException("billing.line.otherFundingEmpty", id);
        }
    }

    private static void nonNegative(String id, String field, BigDecimal value) {
        if (value == null || value.signum() < 0) {
            throw new BillingException("billing.line.amountInvalid", id, field, String.valueOf(value));
        }
    }

    private static void percent(String id, String field, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(Money.HUNDRED) > 0) {
            throw new BillingException("billing.line.percentInvalid", id, field, value.toPlainString());
        }
    }
}
