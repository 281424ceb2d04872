package vn.his.core.patient;

/**
 * SO_CCCD (QĐ 4750 Bảng 1; gateway check G-4750): a 12-digit citizen id, an old 9-digit id card, or a passport of one
 * upper-case letter and 7 digits.
 */
public final class CitizenId {

    private CitizenId() {
    }

    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (!value.matches("\\d{12}|\\d{9}|[A-Z]\\d{7}")) {
            throw new InvalidPatientDataException("patient.citizenId.invalid", value);
        }
        return value;
    }
}
