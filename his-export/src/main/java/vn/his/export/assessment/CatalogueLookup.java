package vn.his.export.assessment;

import java.time.LocalDate;

/**
 * Catalogue membership questions the assessment asks; the real implementation (dated catalogues of his-core:
 * ICD-10 per QĐ 4469/TT 06/2026, the facility's approved drug, service and supply lists) is plugged in here.
 */
public interface CatalogueLookup {

    /** Whether the ICD-10 code is valid for coding on the date (e.g. the end of the encounter). */
    boolean icd10Known(String code, LocalDate on);

    /** Whether the drug (active-ingredient code MA_THUOC) is in the facility's approved list on the order date. */
    boolean drugInCatalogue(String facilityCode, String maThuoc, LocalDate on);

    /** Whether the service, exam or bed code is in the facility's approved list on the order date. */
    boolean serviceInCatalogue(String facilityCode, String maDichVu, LocalDate on);

    /** Whether the medical supply code is in the facility's approved list on the order date. */
    boolean supplyInCatalogue(String facilityCode, String maVatTu, LocalDate on);
}
