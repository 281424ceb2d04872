package vn.his.export.spec;

/**
 * Whether the gateway requires a field (column "Bắt buộc" of the gateway validation workbook for QĐ 4750):
 * Y required, N optional, C conditional (the condition is described in the field's note and checked by a
 * dedicated assessment rule).
 */
public enum Requirement {
    Y, N, C;

    public static Requirement fromCsv(String text) {
        return switch (text) {
            case "Y" -> Y;
            case "N" -> N;
            case "C" -> C;
            default -> throw new IllegalArgumentException("Unknown requirement '" + text + "' (expected Y|N|C)");
        };
    }
}
