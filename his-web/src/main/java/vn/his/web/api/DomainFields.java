package vn.his.web.api;

import java.util.Map;

/**
 * Which request field a domain refusal is about, from its message key ({@code patient.citizenId.invalid} →
 * {@code citizenId}), so a 422 can point at the field like a 400 does.
 */
final class DomainFields {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("patient.name", "fullName"), Map.entry("patient.birth", "birthDate"),
            Map.entry("patient.gender", "gender"), Map.entry("patient.ethnicity", "ethnicityCode"),
            Map.entry("patient.nationality", "nationalityCode"), Map.entry("patient.occupation", "occupationCode"),
            Map.entry("patient.address", "address"), Map.entry("patient.province", "provinceCode"),
            Map.entry("patient.district", "districtCode"), Map.entry("patient.commune", "communeCode"),
            Map.entry("patient.citizenId", "citizenId"), Map.entry("patient.phone", "phone"),
            Map.entry("patient.bloodGroup", "bloodGroup"), Map.entry("patient.duplicate", "citizenId"),
            Map.entry("card.number", "cardNumber"), Map.entry("card.validFrom", "validFrom"),
            Map.entry("card.validity", "validTo"), Map.entry("card.registeredFacility", "registeredFacility"),
            Map.entry("card.livingArea", "livingArea"), Map.entry("card.ownedByOther", "cardNumber"),
            Map.entry("card.duplicatePeriod", "validFrom"),
            Map.entry("encounter.arrival", "arrivalTime"), Map.entry("encounter.reason", "visitReason"),
            Map.entry("encounter.referredFrom", "referredFrom"), Map.entry("encounter.accident", "accidentCode"),
            Map.entry("encounter.department", "departmentCode"), Map.entry("encounter.weight", "weightKg"),
            Map.entry("encounter.type", "encounterType"), Map.entry("encounter.card", "cardIds"),
            Map.entry("encounter.discharge", "dischargeTime"), Map.entry("encounter.result", "treatmentResult"),
            Map.entry("encounter.dischargeType", "dischargeType"), Map.entry("encounter.referredTo", "referredTo"),
            Map.entry("encounter.revisitDates", "revisitDates"), Map.entry("encounter.icd", "secondaryIcd10"),
            Map.entry("icd10.unknown", "icd10"), Map.entry("line.quantity", "quantity"),
            Map.entry("api.catalog", "itemCode"), Map.entry("api.practitioner", "orderingCchn"));

    private DomainFields() {
    }

    /** The field of {@code messageKey}, or null when the refusal is about the record as a whole. */
    static String fieldOf(String messageKey) {
        String best = null;
        for (String prefix : FIELDS.keySet()) {
            if ((messageKey.equals(prefix) || messageKey.startsWith(prefix + "."))
                    && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : FIELDS.get(best);
    }
}
