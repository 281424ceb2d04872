package vn.his.export.spec;

/** Data type of a field as the decision states it ("Chuỗi" = string, "Số" = number), after the QĐ 4750 amendments. */
public enum FieldType {
    STR, NUM;

    public static FieldType fromCsv(String text) {
        return switch (text) {
            case "str" -> STR;
            case "num" -> NUM;
            default -> throw new IllegalArgumentException("Unknown field type '" + text + "' (expected str|num)");
        };
    }

    public String csv() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
