package vn.his.export.xml;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.his.core.common.DomainException;
import vn.his.export.spec.FieldSpec;

/**
 * Turns a field value into the text of its element, as the field specification says.
 *
 * <p>Numbers are written in plain decimal notation with '.' (QĐ 130, "dấu thập phân là dấu chấm"), never with an
 * exponent. Where the specification gives a number of decimals (3 for quantities and unit prices, 2 for money)
 * exactly that many are written, trailing zeros included ({@code 1.000}, {@code 15000.00}), so the text has one form
 * per value; a value with more decimals is refused, not rounded — rounding (HALF_UP) belongs to pricing, before
 * the snapshot. Other numbers (percentages, counters) are written without trailing zeros ({@code 80},
 * {@code 47.5}). {@code null} is written as an empty element. Texts that contain characters XML 1.0 cannot carry
 * are refused.
 */
public final class XmlValues {

    private XmlValues() {
    }

    public static String format(Object value, FieldSpec field) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            if (field.decimals() != null) {
                try {
                    return number.setScale(field.decimals(), RoundingMode.UNNECESSARY).toPlainString();
                } catch (ArithmeticException e) {
                    throw new DomainException("export.value.tooManyDecimals", field.element(), number.toPlainString(),
                            field.decimals());
                }
            }
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Integer number) {
            return number.toString();
        }
        if (value instanceof String text) {
            requireXmlCharacters(field.element(), text);
            return text;
        }
        throw new IllegalArgumentException("Unsupported value type " + value.getClass() + " for " + field.element());
    }

    /** Refuses characters outside the XML 1.0 Char production (control characters other than TAB, LF, CR). */
    static void requireXmlCharacters(String element, String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok || Character.isSurrogate(text.charAt(i)) && !Character.isSupplementaryCodePoint(cp)) {
                throw new DomainException("export.value.invalidCharacter", element, String.format("U+%04X", cp));
            }
            i += Character.charCount(cp);
        }
    }
}
