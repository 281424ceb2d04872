package vn.his.export.gateway;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Reads {@code APIKey.expires_in}. CV 1245 §I.1.3 types it "datetime — Thời gian hết hạn token (UTC)" without a
 * format, and public clients accept an ISO date-time, epoch seconds or a number of seconds (xml130.md §6.2 [C]).
 * All three are accepted here [I]; a date-time without offset is read as UTC as the guide says. Anything else
 * (or nothing) gives {@code now + fallback}: a wrong guess only costs one extra login, because a 401 drops the
 * session and logs in again.
 */
final class TokenExpiry {

    /** Below this a number is a lifetime in seconds, above it an epoch time (10^9 s = 2001-09-09). */
    private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;
    private static final long EPOCH_MILLIS_THRESHOLD = 100_000_000_000L;

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();

    private static final DateTimeFormatter DAY_FIRST = new DateTimeFormatterBuilder()
            .appendPattern("dd/MM/yyyy HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter();

    private TokenExpiry() {
    }

    static Instant parse(String expiresIn, Instant now, Duration fallback) {
        if (expiresIn == null || expiresIn.isBlank()) {
            return now.plus(fallback);
        }
        String text = expiresIn.strip();
        if (text.matches("\\d{1,18}")) {
            long number = Long.parseLong(text);
            if (number >= EPOCH_MILLIS_THRESHOLD) {
                return Instant.ofEpochMilli(number);
            }
            if (number >= EPOCH_SECONDS_THRESHOLD) {
                return Instant.ofEpochSecond(number);
            }
            return now.plusSeconds(number);
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            // try the forms without offset below
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {LOCAL, DAY_FIRST}) {
            try {
                return LocalDateTime.parse(text, format).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notThisForm) {
                // next form
            }
        }
        return now.plus(fallback);
    }
}
