package vn.his.core.catalog;

import java.time.LocalDate;

import vn.his.core.common.Validity;
import vn.his.core.encounter.OrderKind;

/**
 * What a facility catalogue item says about membership, read as a value (not a managed entity): its kind, code,
 * active ingredient (drugs) and validity. For lookups of many lines at once, e.g. the pre-submission assessment.
 */
public record CatalogEntry(OrderKind kind, String code, String activeIngredient, LocalDate validFrom,
                           LocalDate validTo) {

    public boolean isValidOn(LocalDate date) {
        return Validity.covers(validFrom, validTo, date);
    }
}
