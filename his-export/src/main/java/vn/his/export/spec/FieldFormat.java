package vn.his.export.spec;

import java.util.Locale;

/**
 * How the text of a field is formed. Derived by {@link AppendixConverter} from the appendix of QĐ 4750
 * (common formats: date-time 12 chars yyyyMMddHHmm, date 8 chars yyyyMMdd, '.' decimal separator,
 * quantities and unit prices 3 decimals, amounts 2 decimals, several values separated by ';').
 */
public enum FieldFormat {
    /** yyyyMMddHHmm, 24 h. */
    DATE12,
    /** NGAY_SINH: yyyyMMddHHmm where unknown month/day and unknown hour/minute are written as 00 (QĐ 130 Bảng 1, NGAY_SINH). */
    BIRTH12,
    /** yyyyMMdd. */
    DATE8,
    /** NGAY_MIEN_CCT: yyyyMMdd when a certificate exists, else yyyyMMddHHmm (QĐ 130 Bảng 1, NGAY_MIEN_CCT). */
    DATE8_OR_12,
    /** Several yyyyMMdd dates separated by ';' (one per card, or several re-visit dates). */
    DATE8_LIST,
    /** Amount of money, 2 decimals. */
    MONEY,
    /** Quantity or unit price, 3 decimals. */
    QUANTITY,
    /** Payment or benefit percentage (TYLE_TT_BH, TYLE_TT_DV, MUC_HUONG). */
    PERCENT,
    /** Whole number (STT, SO_NGAY_DTRI, NAM_QT...). */
    INTEGER,
    /** Decimal number carried as text (CAN_NANG: kg with 2 decimals). */
    DECIMAL,
    /** One code. */
    CODE,
    /** Several codes separated by ';'. */
    CODE_LIST,
    /** Free text. */
    TEXT;

    public static FieldFormat fromCsv(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown field format '" + text + "'", e);
        }
    }

    public String csv() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether values of this format are numbers held as {@link java.math.BigDecimal} in a claim snapshot. */
    public boolean isDecimalNumber() {
        return this == MONEY || this == QUANTITY || this == PERCENT;
    }
}
