package vn.his.export.testing;

import java.time.LocalDate;
import java.util.Set;

import vn.his.export.assessment.CatalogueLookup;

/** A catalogue that knows every code except the ones listed as unknown. */
public final class FakeCatalogue implements CatalogueLookup {

    public static final Set<String> UNKNOWN = Set.of("X99.9", "40.9999", "99.9999.9999", "N99.99.999");

    @Override
    public boolean icd10Known(String code, LocalDate on) {
        return !UNKNOWN.contains(code);
    }

    @Override
    public boolean drugInCatalogue(String facilityCode, String maThuoc, LocalDate on) {
        return !UNKNOWN.contains(maThuoc);
    }

    @Override
    public boolean serviceInCatalogue(String facilityCode, String maDichVu, LocalDate on) {
        return !UNKNOWN.contains(maDichVu);
    }

    @Override
    public boolean supplyInCatalogue(String facilityCode, String maVatTu, LocalDate on) {
        return !UNKNOWN.contains(maVatTu);
    }
}
