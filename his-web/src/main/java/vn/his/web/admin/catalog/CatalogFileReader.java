package vn.his.web.admin.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.his.core.common.DomainException;
import vn.his.core.reference.CsvRow;
import vn.his.core.reference.ReferenceCsv;
import vn.his.core.reference.ReferenceDataException;

/**
 * Reads an uploaded catalogue file into rows of text by column name (upper case): a CSV (UTF-8, with or without the
 * byte-order mark Excel writes, RFC 4180, comma-separated) or the first sheet of an Excel .xlsx workbook (POI; date
 * cells become dd/MM/yyyy, numbers are read as shown without grouping). The first row names the columns. A file that
 * cannot be read at all is refused whole ({@code admin.catalog.file.*}); row contents are judged by
 * {@link CatalogImportPlanner}. Plain Java.
 */
public final class CatalogFileReader {

    /** At most this many data rows in one file. */
    public static final int MAX_ROWS = 50_000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One data row: its line (CSV) or row number (Excel, 1-based as Excel shows it) and its cells by column. */
    public record RawRow(long line, Map<String, String> cells) {

        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }
    }

    private CatalogFileReader() {
    }

    public static List<RawRow> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw new DomainException("admin.catalog.file.empty");
        }
        if (name.endsWith(".xlsx")) {
            return xlsx(content);
        }
        if (name.endsWith(".csv")) {
            return csv(fileName, content);
        }
        throw new DomainException("admin.catalog.file.type", fileName);
    }

    private static List<RawRow> csv(String fileName, byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        List<RawRow> rows = new ArrayList<>();
        try (ReferenceCsv csv = ReferenceCsv.open(new ByteArrayInputStream(content, start, content.length - start),
                fileName)) {
            List<String> header = csv.header().stream().map(CatalogFileReader::column).toList();
            while (csv.hasNext()) {
                CsvRow r = csv.next();
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), r.values().get(i));
                }
                if (cells.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new RawRow(r.line(), cells));
                tooMany(rows);
            }
        } catch (ReferenceDataException e) {
            throw new DomainException("admin.catalog.file.csv", e.line(), e.getMessage());
        } catch (IOException e) {
            throw new DomainException("admin.catalog.file.csv", 0, e.getMessage());
        }
        return rows;
    }

    private static List<RawRow> xlsx(byte[] content) {
        DataFormatter text = new DataFormatter(Locale.ROOT);
        List<RawRow> rows = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(content); Workbook book = new XSSFWorkbook(in)) {
            if (book.getNumberOfSheets() == 0) {
                throw new DomainException("admin.catalog.file.empty");
            }
            Sheet sheet = book.getSheetAt(0);
            Row head = sheet.getRow(sheet.getFirstRowNum());
            if (head == null) {
                throw new DomainException("admin.catalog.file.empty");
            }
            Map<Integer, String> header = new HashMap<>();
            for (Cell c : head) {
                String h = column(text.formatCellValue(c));
                if (!h.isEmpty()) {
                    header.put(c.getColumnIndex(), h);
                }
            }
            for (int i = sheet.getFirstRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                if (r == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                header.forEach((index, column) -> cells.put(column, value(r.getCell(index), text)));
                if (cells.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new RawRow(i + 1L, cells));
                tooMany(rows);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException("admin.catalog.file.xlsx", String.valueOf(e.getMessage()));
        }
        return rows;
    }

    private static String value(Cell c, DataFormatter text) {
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(c)) {
                LocalDate d = c.getLocalDateTimeCellValue().toLocalDate();
                return DAY.format(d);
            }
            return new java.math.BigDecimal(String.valueOf(c.getNumericCellValue())).stripTrailingZeros()
                    .toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return String.valueOf(c.getBooleanCellValue());
        }
        return text.formatCellValue(c);
    }

    private static String column(String header) {
        return header == null ? "" : header.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    private static void tooMany(List<RawRow> rows) {
        if (rows.size() > MAX_ROWS) {
            throw new DomainException("admin.catalog.file.tooMany", MAX_ROWS);
        }
    }

    /** The accepted column names (documentation and the page). */
    public static List<String> columns() {
        return Arrays.asList(CatalogImportPlanner.COLUMNS);
    }
}
