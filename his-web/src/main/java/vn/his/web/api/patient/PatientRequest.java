package vn.his.web.api.patient;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.his.core.patient.BirthDate;
import vn.his.core.patient.Gender;
import vn.his.core.patient.PatientDetails;

/**
 * A patient to register (XML1 person fields), optionally with a first card. {@code birthDate} is {@code yyyy},
 * {@code yyyy-MM} or {@code yyyy-MM-dd} (a partial date when only the year is known). {@code confirmDuplicates}: the
 * receptionist has seen the possible duplicates and this is another person.
 */
public record PatientRequest(@NotBlank @Size(max = 255) String fullName,
                             @NotNull @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?") String birthDate,
                             @NotNull Gender gender, @NotBlank String ethnicityCode, @NotBlank String nationalityCode,
                             @NotBlank String occupationCode, @NotBlank String address, @NotBlank String provinceCode,
                             String districtCode, @NotBlank String communeCode, String citizenId, String phone,
                             String bloodGroup, @Valid CardRequest card, Boolean confirmDuplicates) {

    public boolean duplicatesConfirmed() {
        return Boolean.TRUE.equals(confirmDuplicates);
    }

    public PatientDetails toDetails(LocalDate today) {
        return new PatientDetails(fullName, parseBirthDate(birthDate).notAfter(today), gender, ethnicityCode,
                nationalityCode, occupationCode, address, provinceCode, districtCode, communeCode, citizenId, phone,
                bloodGroup);
    }

    /** {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} as a possibly partial birth date. */
    public static BirthDate parseBirthDate(String text) {
        String[] parts = text.strip().split("-");
        int year = Integer.parseInt(parts[0]);
        Integer month = parts.length > 1 ? Integer.valueOf(parts[1]) : null;
        Integer day = parts.length > 2 ? Integer.valueOf(parts[2]) : null;
        return new BirthDate(year, month, day, null);
    }
}
