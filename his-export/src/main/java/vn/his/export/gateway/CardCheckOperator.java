package vn.his.export.gateway;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The staff member on whose behalf a card is looked up: name and citizen ID ({@code hoTenCb}, {@code cccdCb}),
 * mandatory in {@code KQNhanLichSuKCB2024} since mid-2024 (bhyt-rules.md §1.3 [C]); the gateway answers 054/055 when
 * they are not registered. The citizen ID is personal data and is masked in {@code toString()}.
 */
public record CardCheckOperator(String hoTen, String cccd) {

    private static final Pattern CCCD = Pattern.compile("\\d{12}");

    public CardCheckOperator {
        Objects.requireNonNull(hoTen, "hoTen");
        Objects.requireNonNull(cccd, "cccd");
        if (hoTen.isBlank() || hoTen.length() > 255) {
            throw new IllegalArgumentException("operator name must be 1..255 characters");
        }
        if (!CCCD.matcher(cccd).matches()) {
            throw new IllegalArgumentException("operator citizen ID (CCCD) must be 12 digits");
        }
    }

    @Override
    public String toString() {
        return "CardCheckOperator[hoTen=" + hoTen + ", cccd=********" + cccd.substring(8) + "]";
    }
}
