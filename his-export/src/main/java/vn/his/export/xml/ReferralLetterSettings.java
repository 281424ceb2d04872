package vn.his.export.xml;

import java.util.Locale;

/**
 * How XML13 (QĐ 3176, Bảng 13) is filled where the regulation is not available: the reading of MA_CSKCB_DI
 * ([S], see {@link ReferralOrigin}). {@code configured} is false when the operator left the property unset: the
 * letter then keeps the historical reading (XML1 MA_NOI_DI) and the assessment does not compare the field, since it
 * would be guessing; when true the assessment checks MA_CSKCB_DI against the configured XML1 element.
 */
public record ReferralLetterSettings(ReferralOrigin maCskcbDi, boolean configured) {

    /** Property that chooses the reading: {@code PLACE_OF_ORIGIN} or {@code ISSUING_FACILITY}. */
    public static final String PROPERTY = "his.export.xml13.ma-cskcb-di";

    public ReferralLetterSettings {
        if (maCskcbDi == null) {
            throw new IllegalArgumentException("maCskcbDi");
        }
    }

    /** No reading configured: XML1 MA_NOI_DI is written, MA_CSKCB_DI is not assessed. */
    public static ReferralLetterSettings unconfigured() {
        return new ReferralLetterSettings(ReferralOrigin.PLACE_OF_ORIGIN, false);
    }

    public static ReferralLetterSettings configured(ReferralOrigin reading) {
        return new ReferralLetterSettings(reading, true);
    }

    /** The property's value: blank = {@link #unconfigured()}; anything but a {@link ReferralOrigin} is refused. */
    public static ReferralLetterSettings fromProperty(String value) {
        if (value == null || value.isBlank()) {
            return unconfigured();
        }
        try {
            return configured(ReferralOrigin.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " must be PLACE_OF_ORIGIN or ISSUING_FACILITY, not '"
                    + value + "'", e);
        }
    }
}
