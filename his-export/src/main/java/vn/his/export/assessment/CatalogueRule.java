package vn.his.export.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Catalogue membership through {@link CatalogueLookup}: ICD-10 codes of XML1 (MA_BENH_CHINH, MA_BENH_KT) and
 * XML3 (MA_BENH) known on the day the encounter ends (TT 06/2026: encounters ending on or after 01/07/2026 use
 * the new codes); drugs (XML2 MA_THUOC), services (XML3 MA_DICH_VU) and supplies (XML3 MA_VAT_TU) in the
 * facility's approved lists on the order date (NGAY_YL). The code "00.0000" of drugs outside the BHYT list
 * (QĐ 4750 Bảng 2, MA_THUOC) is not looked up.
 */
final class CatalogueRule implements AssessmentRule {

    static final String ICD10 = "ICD10_UNKNOWN";
    static final String DRUG = "DRUG_NOT_IN_CATALOGUE";
    static final String SERVICE = "SERVICE_NOT_IN_CATALOGUE";
    static final String SUPPLY = "SUPPLY_NOT_IN_CATALOGUE";

    private static final String OUTSIDE_LIST_DRUG = "00.0000";

    private final CatalogueLookup lookup;

    CatalogueRule(CatalogueLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    @Override
    public List<String> ruleIds() {
        return List.of(ICD10, DRUG, SERVICE, SUPPLY);
    }

    @Override
    public void check(AssessmentContext context, List<Finding> findings) {
        String facility = context.snapshot().facilityCode();
        Optional<LocalDate> end = context.endDate();
        if (end.isPresent()) {
            TableRow summary = context.summary();
            icd(summary, "MA_BENH_CHINH", end.get(), findings);
            icd(summary, "MA_BENH_KT", end.get(), findings);
            context.rows("XML3").forEach(r -> icd(r, "MA_BENH", end.get(), findings));
        }
        for (TableRow row : context.rows("XML2")) {
            String code = row.text("MA_THUOC");
            Optional<LocalDate> on = orderDate(row);
            if (code != null && on.isPresent() && !code.equals(OUTSIDE_LIST_DRUG)
                    && !lookup.drugInCatalogue(facility, code, on.get())) {
                findings.add(Findings.error(DRUG, row, "MA_THUOC", code, row.text("NGAY_YL")));
            }
        }
        for (TableRow row : context.rows("XML3")) {
            Optional<LocalDate> on = orderDate(row);
            if (on.isEmpty()) {
                continue;
            }
            String service = row.text("MA_DICH_VU");
            if (service != null && !lookup.serviceInCatalogue(facility, service, on.get())) {
                findings.add(Findings.error(SERVICE, row, "MA_DICH_VU", service, row.text("NGAY_YL")));
            }
            String supply = row.text("MA_VAT_TU");
            if (supply != null && !lookup.supplyInCatalogue(facility, supply, on.get())) {
                findings.add(Findings.error(SUPPLY, row, "MA_VAT_TU", supply, row.text("NGAY_YL")));
            }
        }
    }

    private void icd(TableRow row, String field, LocalDate on, List<Finding> findings) {
        String codes = row.text(field);
        if (codes == null) {
            return;
        }
        for (String code : ClaimDates.parts(codes)) {
            if (!lookup.icd10Known(code, on)) {
                findings.add(Findings.error(ICD10, row, field, code, on));
            }
        }
    }

    private static Optional<LocalDate> orderDate(TableRow row) {
        return ClaimDates.dateTime(row.text("NGAY_YL")).map(t -> t.toLocalDate());
    }
}
