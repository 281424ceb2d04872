package vn.his.web.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import vn.his.export.claim.files.ExportRequest;

/**
 * The arguments of {@code export}: {@code --facility=CODE} (repeatable; none = every facility),
 * {@code --from=YYYY-MM-DD}, {@code --to=YYYY-MM-DD} (both days included, on NGAY_RA) and {@code --out=DIR}.
 * Anything else, a missing or malformed value, or a reversed period is refused with a message in Vietnamese and
 * English.
 */
public record ExportArguments(List<String> facilities, LocalDate from, LocalDate to, Path out) {

    public static final String USAGE = """
            Cách dùng / usage:
              java -jar his-web.jar export [--facility=MA_CSKCB ...] --from=YYYY-MM-DD --to=YYYY-MM-DD --out=THU_MUC
            --facility  mã cơ sở KCB, lặp lại được; bỏ trống = mọi cơ sở / facility code, repeatable; none = all
            --from/--to kỳ theo ngày ra (NGAY_RA), tính cả hai ngày / period on the discharge date, both included
            --out       thư mục ghi tệp / output directory""";

    /** A refused argument: the message is shown as is, followed by the usage. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String message) {
            super(message);
        }
    }

    public static ExportArguments parse(List<String> args) {
        List<String> facilities = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        Path out = null;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? null : arg.substring(eq + 1).strip();
            if (value == null || value.isEmpty()) {
                throw new Invalid("Thiếu giá trị cho " + name + " / missing value for " + name);
            }
            switch (name) {
                case "--facility" -> {
                    if (!value.matches("[0-9A-Z]{5}")) {
                        throw new Invalid("Mã cơ sở KCB không hợp lệ: " + value + " (cần 5 chữ số hoặc chữ in hoa)"
                                + " / invalid facility code: " + value + " (5 digits or capital letters)");
                    }
                    facilities.add(value);
                }
                case "--from" -> from = date(name, value, from);
                case "--to" -> to = date(name, value, to);
                case "--out" -> {
                    if (out != null) {
                        throw new Invalid("--out chỉ được khai một lần / --out given twice");
                    }
                    try {
                        out = Path.of(value);
                    } catch (InvalidPathException e) {
                        throw new Invalid("Thư mục không hợp lệ / invalid directory: " + value);
                    }
                }
                default -> throw new Invalid("Tham số không rõ / unknown argument: " + arg);
            }
        }
        if (from == null || to == null || out == null) {
            throw new Invalid("Cần --from, --to và --out / --from, --to and --out are required");
        }
        if (to.isBefore(from)) {
            throw new Invalid("--from " + from + " sau --to " + to + " / --from is after --to");
        }
        return new ExportArguments(List.copyOf(facilities), from, to, out);
    }

    private static LocalDate date(String name, String value, LocalDate previous) {
        if (previous != null) {
            throw new Invalid(name + " chỉ được khai một lần / " + name + " given twice");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Invalid("Ngày không hợp lệ " + name + "=" + value + " (YYYY-MM-DD) / invalid date " + name
                    + "=" + value + " (YYYY-MM-DD)");
        }
    }

    public ExportRequest request() {
        return new ExportRequest(facilities, from, to);
    }
}
