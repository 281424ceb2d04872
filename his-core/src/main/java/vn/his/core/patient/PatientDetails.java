package vn.his.core.patient;

/**
 * What a person tells reception, validated on construction: the XML1 person fields. Codes: MA_DANTOC 2 digits
 * (QĐ 121-TCTK/PPCĐ), MA_QUOCTICH 3 digits (TT 07/2016/TT-BCA), MA_NGHE_NGHIEP 5 digits (QĐ 34/2020/QĐ-TTg,
 * '00000' unknown), residence codes of the administrative-unit list in force (district empty after 01/07/2025).
 */
public record PatientDetails(String fullName, BirthDate birthDate, Gender gender, String ethnicityCode,
                             String nationalityCode, String occupationCode, String address, String provinceCode,
                             String districtCode, String communeCode, String citizenId, String phone,
                             String bloodGroup) {

    public PatientDetails {
        fullName = required(fullName, "patient.name.required").replaceAll("\\s+", " ");
        if (fullName.length() > 255) {
            throw new InvalidPatientDataException("patient.name.tooLong", 255);
        }
        if (birthDate == null) {
            throw new InvalidPatientDataException("patient.birth.required");
        }
        if (gender == null) {
            throw new InvalidPatientDataException("patient.gender.invalid", "");
        }
        ethnicityCode = code(ethnicityCode, "\\d{2}", "patient.ethnicity.invalid");
        nationalityCode = code(nationalityCode, "\\d{3}", "patient.nationality.invalid");
        occupationCode = code(occupationCode, "\\d{5}", "patient.occupation.invalid");
        address = required(address, "patient.address.required");
        provinceCode = code(provinceCode, "\\d{2}", "patient.province.invalid");
        districtCode = districtCode == null || districtCode.isBlank() ? null
                : code(districtCode, "\\d{3}", "patient.district.invalid");
        communeCode = code(communeCode, "\\d{5}", "patient.commune.invalid");
        citizenId = CitizenId.normalize(citizenId);
        phone = phone == null || phone.isBlank() ? null : code(phone.replaceAll("[\\s.-]", ""), "\\+?\\d{8,14}",
                "patient.phone.invalid");
        bloodGroup = bloodGroup == null || bloodGroup.isBlank() ? null
                : code(bloodGroup.toUpperCase(), "(A|B|AB|O)[+-]?", "patient.bloodGroup.invalid");
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new InvalidPatientDataException(key);
        }
        return value.strip();
    }

    private static String code(String value, String pattern, String key) {
        String v = value == null ? "" : value.strip();
        if (!v.matches(pattern)) {
            throw new InvalidPatientDataException(key, v);
        }
        return v;
    }
}
