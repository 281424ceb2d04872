package vn.his.export.claim;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The two time forms of XML 130 (QĐ 130 "Quy ước chung"): yyyyMMddHHmm (24 h) and yyyyMMdd. */
final class XmlTime {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private XmlTime() {
    }

    static String minute(LocalDateTime time) {
        return time == null ? null : MINUTE.format(time);
    }

    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }
}
