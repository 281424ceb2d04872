package vn.his.web.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.his.web.generate.GenerationRequest;

/**
 * The arguments of {@code generate}: {@code --facilities=N} (3–500: one provincial hospital, district hospitals and
 * commune stations), {@code --patients=M} (1–1,000,000), {@code --encounters=K} (0–2,000,000), {@code --month=YYYY-MM},
 * optional {@code --seed=S} (a long, default 1) and {@code --settle} (then settle every finished encounter generated).
 * Anything else, a missing or malformed value or a value out of range is refused with a message in Vietnamese and
 * English.
 */
public record GenerateArguments(int facilities, int patients, int encounters, YearMonth month, long seed,
                                boolean settle) {

    public static final String USAGE = """
            Cách dùng / usage:
              java -jar his-web.jar generate --facilities=N --patients=M --encounters=K --month=YYYY-MM [--seed=S] [--settle]
            --facilities số cơ sở KCB (3–500): 1 bệnh viện tỉnh, các trung tâm y tế huyện, còn lại trạm y tế xã
                         / number of facilities (3–500): one provincial hospital, district hospitals, commune stations
            --patients   số người bệnh kèm thẻ BHYT (1–1.000.000) / patients with their cards (1–1,000,000)
            --encounters số đợt KCB trong tháng (0–2.000.000) / encounters arriving in the month (0–2,000,000)
            --month      tháng đến khám / month of arrival, YYYY-MM
            --seed       hạt giống ngẫu nhiên, cùng hạt giống cho cùng dữ liệu (mặc định 1) / random seed (default 1)
            --settle     quyết toán mọi đợt KCB đã kết thúc vừa sinh / settle every finished encounter generated""";

    /** A refused argument: the message is shown as is, followed by the usage. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String message) {
            super(message);
        }
    }

    public static GenerateArguments parse(List<String> args) {
        Integer facilities = null;
        Integer patients = null;
        Integer encounters = null;
        YearMonth month = null;
        Long seed = null;
        boolean settle = false;
        Set<String> seen = new HashSet<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!seen.add(name)) {
                throw new Invalid(name + " chỉ được khai một lần / " + name + " given twice");
            }
            if (name.equals("--settle")) {
                if (eq >= 0) {
                    throw new Invalid("--settle không nhận giá trị / --settle takes no value");
                }
                settle = true;
                continue;
            }
            String value = eq < 0 ? null : arg.substring(eq + 1).strip();
            if (!List.of("--facilities", "--patients", "--encounters", "--month", "--seed").contains(name)) {
                throw new Invalid("Tham số không rõ / unknown argument: " + arg);
            }
            if (value == null || value.isEmpty()) {
                throw new Invalid("Thiếu giá trị cho " + name + " / missing value for " + name);
            }
            switch (name) {
                case "--facilities" -> facilities = number(name, value, 3, 500);
                case "--patients" -> patients = number(name, value, 1, 1_000_000);
                case "--encounters" -> encounters = number(name, value, 0, 2_000_000);
                case "--month" -> {
                    try {
                        month = YearMonth.parse(value);
                    } catch (DateTimeParseException e) {
                        throw new Invalid("Tháng không hợp lệ --month=" + value + " (YYYY-MM) / invalid month --month="
                                + value + " (YYYY-MM)");
                    }
                    if (month.getYear() < 2020 || month.getYear() > 2099) {
                        throw new Invalid("--month phải từ 2020-01 đến 2099-12 / --month must be 2020-01 to 2099-12");
                    }
                }
                default -> {
                    try {
                        seed = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw new Invalid("--seed phải là số nguyên / --seed must be an integer: " + value);
                    }
                }
            }
        }
        if (facilities == null || patients == null || encounters == null || month == null) {
            throw new Invalid("Cần --facilities, --patients, --encounters và --month / --facilities, --patients, "
                    + "--encounters and --month are required");
        }
        return new GenerateArguments(facilities, patients, encounters, month, seed == null ? 1 : seed, settle);
    }

    private static int number(String name, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new Invalid(name + " phải là số nguyên: " + value + " / " + name + " must be an integer: " + value);
        }
        if (n < min || n > max) {
            throw new Invalid(name + " phải từ " + min + " đến " + max + ": " + value + " / " + name + " must be "
                    + min + " to " + max + ": " + value);
        }
        return n;
    }

    public GenerationRequest request() {
        return new GenerationRequest(facilities, patients, encounters, month, seed);
    }
}
