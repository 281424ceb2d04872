package vn.his.core.encounter;

/** Checks of the free-text and code fields of the discharge papers (XML8, XML13, XML14): trimmed, within size. */
final class PaperFields {

    private PaperFields() {
    }

    /** A required text: stripped, not blank, at most {@code max} characters; the field name is the XML element. */
    static String required(String element, String value, int max) {
        String v = optional(element, value, max);
        if (v == null) {
            throw new EncounterRuleException("encounter.paper.fieldRequired", element);
        }
        return v;
    }

    /** An optional text: stripped, {@code null} when blank, at most {@code max} characters. */
    static String optional(String element, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new EncounterRuleException("encounter.paper.fieldTooLong", element, v.length(), max);
        }
        return v;
    }

    /**
     * MA_BAC_SI: the practising-certificate numbers (CCHN) of the doctors, ';'-separated, without blanks or control
     * characters (QĐ 4750 Bảng 13, Bảng 14: "mã hóa theo số Chứng chỉ hành nghề").
     */
    static String doctorIds(String element, String value) {
        String v = required(element, value, 255);
        if (!v.matches("[^;\\s]+(;[^;\\s]+)*")) {
            throw new EncounterRuleException("encounter.paper.doctorIdInvalid", element, v);
        }
        return v;
    }
}
