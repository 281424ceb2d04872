package vn.his.export.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.his.core.catalog.CatalogEntry;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.catalog.Icd10Catalog;
import vn.his.core.common.TransactionMemo;
import vn.his.core.encounter.OrderKind;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.export.assessment.CatalogueLookup;

/**
 * The assessment's catalogue questions answered from his-core: the ICD-10 catalogue valid on the date, and the
 * facility's approved drug, service and supply lists (dated catalogue items of the facility holding MA_CSKCB).
 * A drug is known by its catalogue code or its active ingredient (MA_THUOC is the active-ingredient code).
 * <p>
 * The answers are remembered for the length of the transaction ({@link TransactionMemo}): a facility's catalogue is
 * read once, as values, and an ICD-10 code once per date, so assessing a batch of claims does not query the
 * database for each line (and does not make Hibernate flush-check the batch's entities before each query).
 */
final class CoreCatalogue implements CatalogueLookup {

    private record Icd10Question(String code, LocalDate on) {
    }

    private final Icd10Catalog icd10;
    private final FacilityRepository facilities;
    private final CatalogItemRepository items;
    private final TransactionMemo<Icd10Question, Boolean> icd10Answers = new TransactionMemo<>();
    private final TransactionMemo<String, List<CatalogEntry>> catalogues = new TransactionMemo<>();

    CoreCatalogue(Icd10Catalog icd10, FacilityRepository facilities, CatalogItemRepository items) {
        this.icd10 = icd10;
        this.facilities = facilities;
        this.items = items;
    }

    @Override
    public boolean icd10Known(String code, LocalDate on) {
        return icd10Answers.get(new Icd10Question(code, on), q -> icd10.isValid(q.code(), q.on()));
    }

    @Override
    public boolean drugInCatalogue(String facilityCode, String maThuoc, LocalDate on) {
        return catalogue(facilityCode).stream().anyMatch(i -> i.isValidOn(on)
                && (maThuoc.equals(i.code()) || i.kind().isDrugTable() && maThuoc.equals(i.activeIngredient())));
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
        return catalogue(facilityCode).stream()
                .anyMatch(i -> code.equals(i.code()) && i.isValidOn(on) && (i.kind() == OrderKind.SUPPLY) == supply);
    }

    /** The facility's whole catalogue (every validity period), or nothing when no facility holds the code. */
    private List<CatalogEntry> catalogue(String facilityCode) {
        return catalogues.get(facilityCode, code -> facility(code).map(f -> items.entriesOf(f.id())).orElse(List.of()));
    }

    private Optional<Facility> facility(String code) {
        return facilities.findByCode(code);
    }
}
