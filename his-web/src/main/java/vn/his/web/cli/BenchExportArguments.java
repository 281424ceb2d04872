package vn.his.web.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.his.export.claim.files.ExportRequest;

/**
 * The arguments of {@code bench-export}: the period and facilities as for {@code export} ({@code --from}, {@code --to},
 * repeatable {@code --facility}), {@code --out=DIR} (a new or empty folder: each phase writes its own subfolder, left
 * there afterwards) and optional {@code --dump=PATH} (the {@code mariadb-dump} program, default {@code mariadb-dump}
 * on the PATH). Refusals are in Vietnamese and English.
 */
public record BenchExportArguments(List<String> facilities, LocalDate from, LocalDate to, Path out, String dump) {

    public static final String USAGE = """
            Cách dùng / usage:
              java -Xmx512m -jar his-web.jar bench-export [--facility=MA_CSKCB ...] --from=YYYY-MM-DD --to=YYYY-MM-DD \\
                  --out=THU_MUC [--dump=mariadb-dump]
            --out   thư mục mới hoặc trống; mỗi lượt đo ghi vào thư mục con riêng, để lại sau khi đo
                    / a new or empty folder; each phase writes its own subfolder, left there afterwards
            --dump  chương trình mariadb-dump (mặc định trên PATH) / the mariadb-dump program (default: on the PATH)""";

    public static BenchExportArguments parse(List<String> args) {
        List<String> facilities = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        Path out = null;
        String dump = "mariadb-dump";
        Set<String> seen = new HashSet<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? null : arg.substring(eq + 1).strip();
            if (!List.of("--facility", "--from", "--to", "--out", "--dump").contains(name)) {
                throw new ExportArguments.Invalid("Tham số không rõ / unknown argument: " + arg);
            }
            if (value == null || value.isEmpty()) {
                throw new ExportArguments.Invalid("Thiếu giá trị cho " + name + " / missing value for " + name);
            }
            if (!name.equals("--facility") && !seen.add(name)) {
                throw new ExportArguments.Invalid(name + " chỉ được khai một lần / " + name + " given twice");
            }
            switch (name) {
                case "--facility" -> {
                    if (!value.matches("[0-9A-Z]{5}")) {
                        throw new ExportArguments.Invalid("Mã cơ sở KCB không hợp lệ: " + value
                                + " / invalid facility code: " + value);
                    }
                    facilities.add(value);
                }
                case "--from" -> from = date(name, value);
                case "--to" -> to = date(name, value);
                case "--out" -> {
                    try {
                        out = Path.of(value);
                    } catch (InvalidPathException e) {
                        throw new ExportArguments.Invalid("Thư mục không hợp lệ / invalid directory: " + value);
                    }
                }
                default -> dump = value;
            }
        }
        if (from == null || to == null || out == null) {
            throw new ExportArguments.Invalid("Cần --from, --to và --out / --from, --to and --out are required");
        }
        if (to.isBefore(from)) {
            throw new ExportArguments.Invalid("--from " + from + " sau --to " + to + " / --from is after --to");
        }
        return new BenchExportArguments(List.copyOf(facilities), from, to, out, dump);
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ExportArguments.Invalid("Ngày không hợp lệ " + name + "=" + value + " (YYYY-MM-DD) / invalid date "
                    + name + "=" + value + " (YYYY-MM-DD)");
        }
    }

    public ExportRequest request() {
        return new ExportRequest(facilities, from, to);
    }
}
