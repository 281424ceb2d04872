package vn.his.web.api.encounter;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import vn.his.core.catalog.CatalogItem;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.encounter.OtherFunding;

/**
 * An order line from a catalogue row (QĐ 4750 Bảng 2 for drugs, Bảng 3 for services, supplies, beds and transport):
 * MA_THUOC is the active-ingredient code of a drug, MA_DICH_VU the service code, MA_VAT_TU the supply code; prices,
 * cost group (MA_NHOM), PHAM_VI and TYLE_TT_BH from the catalogue; TYLE_TT_DV 100; fee-for-service.
 */
final class CatalogueLines {

    private CatalogueLines() {
    }

    static OrderLineDraft draft(CatalogItem item, BigDecimal quantity, LocalDateTime at, String department,
                                String orderingCchn, String performerCchn, String dosage, String icd10) {
        boolean drug = item.kind() == OrderKind.DRUG;
        boolean supply = item.kind() == OrderKind.SUPPLY;
        String code = drug && item.activeIngredient() != null ? item.activeIngredient() : item.code();
        return new OrderLineDraft(item.kind(), code, item.name(), supply ? null : code, supply ? item.code() : null,
                item.costGroup(), item.unit(), quantity, item.hospitalPrice(), item.insurancePrice(), item.scope(),
                item.insuranceRatio(), 100, null, at, at, null, department, orderingCchn,
                performerCchn == null || performerCchn.isBlank() ? null : performerCchn.strip(),
                icd10 == null || icd10.isBlank() ? null : icd10.strip().toUpperCase(), null, null, 1,
                item.kind().isDrugTable() ? 1 : null, item.strength(), item.routeCode(), item.dosageForm(),
                dosage == null || dosage.isBlank() ? null : dosage.strip(), null, item.registrationNo(),
                item.tenderInfo(), null, null, null, OtherFunding.NONE);
    }
}
