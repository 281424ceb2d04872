package vn.his.web.admin.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import vn.his.core.catalog.CatalogItem;
import vn.his.core.encounter.OrderKind;

/**
 * The values of one catalogue price period (a row of {@code catalog_item}) as a file gives them or the database holds
 * them; {@code id} is the existing row's, null for a new one.
 */
public record ItemValues(Long id, OrderKind kind, String code, String name, int costGroup, String unit,
                         BigDecimal hospitalPrice, BigDecimal insurancePrice, int insuranceRatio, int scope,
                         LocalDate validFrom, LocalDate validTo, String activeIngredient, String strength,
                         String routeCode, String dosageForm, String registrationNo, String tenderInfo) {

    public static ItemValues of(CatalogItem i) {
        return new ItemValues(i.id(), i.kind(), i.code(), i.name(), i.costGroup(), i.unit(), i.hospitalPrice(),
                i.insurancePrice(), i.insuranceRatio(), i.scope(), i.validFrom(), i.validTo(), i.activeIngredient(),
                i.strength(), i.routeCode(), i.dosageForm(), i.registrationNo(), i.tenderInfo());
    }

    /** The key of a price period: kind, code and first day (unique per facility). */
    public String key() {
        return kind + "|" + code + "|" + validFrom;
    }

    /** Whether every value but the id is the same (prices compared by value, 34500 = 34500.000). */
    public boolean sameAs(ItemValues o) {
        return kind == o.kind && code.equals(o.code) && name.equals(o.name) && costGroup == o.costGroup
                && unit.equals(o.unit) && hospitalPrice.compareTo(o.hospitalPrice) == 0
                && insurancePrice.compareTo(o.insurancePrice) == 0 && insuranceRatio == o.insuranceRatio
                && scope == o.scope && validFrom.equals(o.validFrom) && Objects.equals(validTo, o.validTo)
                && same(activeIngredient, o.activeIngredient) && same(strength, o.strength)
                && same(routeCode, o.routeCode) && same(dosageForm, o.dosageForm)
                && same(registrationNo, o.registrationNo) && same(tenderInfo, o.tenderInfo);
    }

    public ItemValues withId(Long newId) {
        return new ItemValues(newId, kind, code, name, costGroup, unit, hospitalPrice, insurancePrice, insuranceRatio,
                scope, validFrom, validTo, activeIngredient, strength, routeCode, dosageForm, registrationNo,
                tenderInfo);
    }

    public ItemValues closedOn(LocalDate lastDay) {
        return new ItemValues(id, kind, code, name, costGroup, unit, hospitalPrice, insurancePrice, insuranceRatio,
                scope, validFrom, lastDay, activeIngredient, strength, routeCode, dosageForm, registrationNo,
                tenderInfo);
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null || a.isBlank() ? null : a, b == null || b.isBlank() ? null : b);
    }
}
