package vn.his.core.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The clinical time zone and clock: every DATETIME in the database is wall-clock time in Asia/Ho_Chi_Minh.
 * A bean so that tests can move time.
 */
public class ClinicalTime {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    public ClinicalTime(Clock clock) {
        this.clock = clock.withZone(VIETNAM);
    }

    public static ClinicalTime system() {
        return new ClinicalTime(Clock.system(VIETNAM));
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }
}
