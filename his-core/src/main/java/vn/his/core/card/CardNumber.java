package vn.his.core.card;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 15-character BHYT card code (QĐ 1351/QĐ-BHXH; bhyt-rules §1.1): 2-letter group code, benefit digit 1–5,
 * 2-digit province of the issuing BHXH office, 10-digit social-insurance number (mã số BHXH). The temporary card of a
 * newborn (TE1 + province + 10 digits) has the same shape. The gateway codes 051/052/053 name the same positions.
 */
public record CardNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("([A-Z]{2})([1-5])(\\d{2})(\\d{10})");

    public CardNumber {
        if (value == null) {
            throw new InvalidCardNumberException("card.number.required", "");
        }
        value = value.strip().toUpperCase();
        if (value.length() != 15) {
            throw new InvalidCardNumberException("card.number.length", value, value.length());
        }
        Matcher m = SHAPE.matcher(value);
        if (!m.matches()) {
            if (!value.substring(0, 2).matches("[A-Z]{2}")) {
                throw new InvalidCardNumberException("card.number.group", value);
            }
            if (!value.substring(2, 3).matches("[1-5]")) {
                throw new InvalidCardNumberException("card.number.benefit", value);
            }
            if (!value.substring(3, 5).matches("\\d{2}")) {
                throw new InvalidCardNumberException("card.number.province", value);
            }
            throw new InvalidCardNumberException("card.number.socialNo", value);
        }
        if ("00".equals(m.group(3))) {
            throw new InvalidCardNumberException("card.number.province", value);
        }
    }

    public String groupCode() {
        return value.substring(0, 2);
    }

    public int benefitDigit() {
        return value.charAt(2) - '0';
    }

    public String provinceCode() {
        return value.substring(3, 5);
    }

    /** The bare 10-digit social-insurance number, the person's lifelong health id (QĐ 2153/QĐ-BYT 2020). */
    public String socialInsuranceNo() {
        return value.substring(5);
    }

    @Override
    public String toString() {
        return value;
    }
}
