package vn.his.export.claim;

import java.time.LocalDate;
import java.util.Optional;

import vn.his.core.catalog.CatalogItem;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.catalog.Icd10Catalog;
import vn.his.core.encounter.OrderKind;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.export.assessment.CatalogueLookup;

/**
 * The assessment's catalogue questions answered from his-core: the ICD-10 catalogue valid on the date, and the
 * facility's approved drug, service and supply lists (dated catalogue items of the facility holding MA_CSKCB).
 * A drug is known by its catalogue code or its active ingredient (MA_THUOC is the active-ingredient code).
 */
final class CoreCatalogue implements CatalogueLookup {

    private final Icd10Catalog icd10;
    private final FacilityRepository facilities;
    private final CatalogItemRepository items;

    CoreCatalogue(Icd10Catalog icd10, FacilityRepository facilities, CatalogItemRepository items) {
        this.icd10 = icd10;
        this.facilities = facilities;
        this.items = items;
    }

    @Override
    public boolean icd10Known(String code, LocalDate on) {
        return icd10.isValid(code, on);
    }

    @Override
    public boolean drugInCatalogue(String facilityCode, String maThuoc, LocalDate on) {
        return facility(facilityCode).map(f -> items.findValid(f.id(), maThuoc, on).isPresent()
                || items.findByFacilityIdOrderByKindAscCodeAsc(f.id()).stream()
                        .anyMatch(i -> i.kind().isDrugTable() && maThuoc.equals(i.activeIngredient()) && i.isValidOn(on)))
                .orElse(false);
    }

    @Override
    public boolean serviceInCatalogue(String facilityCode, String maDichVu, LocalDate on) {
        return known(facilityCode, maDichVu, on, false);
    }

    @Override
    public boolean supplyInCatalogue(String facilityCode, String maVatTu, LocalDate on) {
        return known(facilityCode, maVatTu, on, true);
    }

    private boolean known(String facilityCode, String code, LocalDate on, boolean supply) {
        return facility(facilityCode).flatMap(f -> items.findValid(f.id(), code, on))
                .map(CatalogItem::kind)
                .filter(kind -> (kind == OrderKind.SUPPLY) == supply)
                .isPresent();
    }

    private Optional<Facility> facility(String code) {
        return facilities.findByCode(code);
    }
}
