package vn.his.export.reconcile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.his.core.common.DomainException;
import vn.his.export.xml.SecureXml;

/**
 * Reads a gateway assessment result file in one of the two layouts documented in the README (section
 * "Reconciliation"): an xlsx workbook whose first sheet has a heading row with the column names, or an XML file
 * {@code <KET_QUA_GIAM_DINH><DONG>…</DONG>…</KET_QUA_GIAM_DINH>} whose row elements carry the same names. The format
 * is told by the content (an xlsx is a ZIP: it starts with "PK"), not by the file name. XML is read with the secure
 * parser (a DOCTYPE or an external entity is refused).
 *
 * <p>A file that cannot be read at all (not xlsx nor XML, no heading row, no MA_LK column, no amount column) is refused
 * with a {@link DomainException}; a row that is malformed is returned with its problem, so the import keeps it.
 */
public final class ResultFileReader {

    public enum Format { XLSX, XML }

    /** The parsed file. */
    public record Parsed(Format format, List<ResultRow> rows) {
    }

    public static final int MAX_ROWS = 200_000;
    /** Rows searched for the heading row (portal exports start with a title block). */
    static final int HEADING_SEARCH = 20;

    static final String MA_LK = "MA_LK";
    static final String MA_CSKCB = "MA_CSKCB";
    static final String MA_GIAO_DICH = "MA_GIAO_DICH";
    static final String LOAI_BANG = "LOAI_BANG";
    static final String STT = "STT";
    static final String MA_THUOC = "MA_THUOC";
    static final String MA_DICH_VU = "MA_DICH_VU";
    static final String MA_VAT_TU = "MA_VAT_TU";
    static final String DE_NGHI = "T_BHTT_DE_NGHI";
    static final String CHAP_NHAN = "T_BHTT_CHAP_NHAN";
    static final String XUAT_TOAN = "T_XUAT_TOAN";
    static final String MA_LY_DO = "MA_LY_DO";
    static final String LY_DO = "LY_DO";

    /** Other headings a clerk may keep from the portal or type in Vietnamese, normalised (see {@link #normalise}). */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("MA_LIEN_KET", MA_LK), Map.entry("MA_GD", MA_GIAO_DICH), Map.entry("MA_CO_SO_KCB", MA_CSKCB), Map.entry("MA_CO_SO", MA_CSKCB),
            Map.entry("BANG", LOAI_BANG), Map.entry("LOAI_HO_SO", LOAI_BANG), Map.entry("LOAIHOSO", LOAI_BANG),
            Map.entry("SO_THU_TU", STT), Map.entry("STT_DONG", STT),
            Map.entry("DE_NGHI", DE_NGHI), Map.entry("SO_TIEN_DE_NGHI", DE_NGHI), Map.entry("T_BHTT", DE_NGHI),
            Map.entry("CHAP_NHAN", CHAP_NHAN), Map.entry("SO_TIEN_CHAP_NHAN", CHAP_NHAN),
            Map.entry("XUAT_TOAN", XUAT_TOAN), Map.entry("SO_TIEN_XUAT_TOAN", XUAT_TOAN),
            Map.entry("T_TU_CHOI", XUAT_TOAN), Map.entry("TU_CHOI", XUAT_TOAN),
            Map.entry("MA_LOI", MA_LY_DO), Map.entry("MA_LY_DO_XUAT_TOAN", MA_LY_DO),
            Map.entry("LY_DO_XUAT_TOAN", LY_DO), Map.entry("NOI_DUNG", LY_DO), Map.entry("GHI_CHU", LY_DO));

    private static final Pattern VI_GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern EN_GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+([.,]\\d+)?");

    private ResultFileReader() {
    }

    public static Parsed read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("reconcile.file.empty");
        }
        if (content.length > 1 && content[0] == 'P' && content[1] == 'K') {
            return new Parsed(Format.XLSX, readXlsx(content));
        }
        String head = new String(content, 0, Math.min(content.length, 200), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        if (head.startsWith("<")) {
            return new Parsed(Format.XML, readXml(content));
        }
        throw new DomainException("reconcile.file.unknownFormat");
    }

    // ------------------------------------------------------------------------------------------------ xlsx

    private static List<ResultRow> readXlsx(byte[] content) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                throw new DomainException("reconcile.file.noSheet");
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Map<String, Integer> columns = null;
            int headingRow = -1;
            for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), HEADING_SEARCH); r++) {
                Row row = sheet.getRow(r);
                Map<String, Integer> found = row == null ? Map.of() : headings(row, formatter);
                if (found.containsKey(MA_LK)) {
                    columns = found;
                    headingRow = r;
                    break;
                }
            }
            if (columns == null) {
                throw new DomainException("reconcile.file.noHeading", HEADING_SEARCH);
            }
            requireAmountColumn(columns.keySet());
            List<ResultRow> rows = new ArrayList<>();
            for (int r = headingRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                boolean blank = true;
                for (Map.Entry<String, Integer> c : columns.entrySet()) {
                    String v = cellText(row.getCell(c.getValue()), formatter);
                    if (v != null) {
                        values.put(c.getKey(), v);
                        blank = false;
                    }
                }
                if (blank) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new DomainException("reconcile.file.tooManyRows", MAX_ROWS);
                }
                rows.add(row(r + 1, values));
            }
            return rows;
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                 | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new DomainException("reconcile.file.badXlsx", String.valueOf(e.getMessage()));
        }
    }

    private static Map<String, Integer> headings(Row row, DataFormatter formatter) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Cell cell : row) {
            String text = cellText(cell, formatter);
            if (text != null) {
                String name = canonical(text);
                if (name != null) {
                    columns.putIfAbsent(name, cell.getColumnIndex());
                }
            }
        }
        return columns;
    }

    /** Text of a cell; a numeric cell as a plain decimal (no grouping, no exponent), formulas by their cached value. */
    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN, ERROR -> formatter.formatCellValue(cell);
            default -> null;
        };
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ------------------------------------------------------------------------------------------------ xml

    private static List<ResultRow> readXml(byte[] content) {
        Element root = SecureXml.parse(content).getDocumentElement();
        if (!root.getTagName().equals("KET_QUA_GIAM_DINH")) {
            throw new DomainException("reconcile.file.badXmlRoot", root.getTagName());
        }
        List<ResultRow> rows = new ArrayList<>();
        int n = 0;
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element)) {
                continue;
            }
            if (!element.getTagName().equals("DONG")) {
                throw new DomainException("reconcile.file.badXmlElement", element.getTagName());
            }
            n++;
            if (rows.size() == MAX_ROWS) {
                throw new DomainException("reconcile.file.tooManyRows", MAX_ROWS);
            }
            Map<String, String> values = new HashMap<>();
            List<String> unknown = new ArrayList<>();
            for (Node f = element.getFirstChild(); f != null; f = f.getNextSibling()) {
                if (f instanceof Element field) {
                    String name = canonical(field.getTagName());
                    if (name == null) {
                        unknown.add(field.getTagName());
                    } else if (!field.getTextContent().isBlank()) {
                        values.put(name, field.getTextContent().strip());
                    }
                }
            }
            if (!unknown.isEmpty()) {
                rows.add(invalid(n, values.get(MA_LK), "reconcile.row.unknownField", String.join(", ", unknown)));
                continue;
            }
            rows.add(row(n, values));
        }
        if (n == 0) {
            throw new DomainException("reconcile.file.noRows");
        }
        return rows;
    }

    // ------------------------------------------------------------------------------------------------ rows

    private static void requireAmountColumn(java.util.Set<String> names) {
        if (!names.contains(XUAT_TOAN) && !(names.contains(DE_NGHI) && names.contains(CHAP_NHAN))) {
            throw new DomainException("reconcile.file.noAmountColumn");
        }
    }

    /** Validates one row's values and works out the missing one of claimed / accepted / refused. */
    static ResultRow row(int n, Map<String, String> v) {
        String maLk = v.get(MA_LK);
        if (maLk == null) {
            return invalid(n, null, "reconcile.row.maLkMissing");
        }
        if (maLk.length() > 100) {
            return invalid(n, maLk.substring(0, 100), "reconcile.row.maLkTooLong");
        }
        String facility = v.get(MA_CSKCB);
        if (facility != null && !facility.matches("\\d{5}")) {
            return invalid(n, maLk, "reconcile.row.badFacility", facility);
        }
        Integer stt = null;
        if (v.get(STT) != null) {
            try {
                stt = Integer.valueOf(v.get(STT));
                if (stt < 1) {
                    return invalid(n, maLk, "reconcile.row.badStt", v.get(STT));
                }
            } catch (NumberFormatException e) {
                return invalid(n, maLk, "reconcile.row.badStt", v.get(STT));
            }
        }
        String drug = v.get(MA_THUOC);
        String service = v.get(MA_DICH_VU) != null ? v.get(MA_DICH_VU) : v.get(MA_VAT_TU);
        String table = v.get(LOAI_BANG);
        if (table != null) {
            table = table.toUpperCase(Locale.ROOT).replace(" ", "");
            if (table.equals("2")) {
                table = "XML2";
            } else if (table.equals("3")) {
                table = "XML3";
            }
            if (!table.equals("XML2") && !table.equals("XML3")) {
                return invalid(n, maLk, "reconcile.row.badTable", v.get(LOAI_BANG));
            }
        } else if (stt != null) {
            if (drug != null && service == null) {
                table = "XML2";
            } else if (service != null && drug == null) {
                table = "XML3";
            } else {
                return invalid(n, maLk, "reconcile.row.tableMissing");
            }
        }
        if (table != null && stt == null) {
            return invalid(n, maLk, "reconcile.row.sttMissing", table);
        }
        String item = table == null ? null : table.equals("XML2") ? drug : service;
        BigDecimal claimed;
        BigDecimal accepted;
        BigDecimal refused;
        try {
            claimed = money(v.get(DE_NGHI));
            accepted = money(v.get(CHAP_NHAN));
            refused = money(v.get(XUAT_TOAN));
        } catch (NumberFormatException e) {
            return invalid(n, maLk, "reconcile.row.badAmount", e.getMessage());
        }
        if (refused == null && claimed != null && accepted != null) {
            refused = claimed.subtract(accepted);
        }
        if (accepted == null && claimed != null && refused != null) {
            accepted = claimed.subtract(refused);
        }
        if (refused == null) {
            return invalid(n, maLk, "reconcile.row.amountMissing");
        }
        for (BigDecimal amount : new BigDecimal[] {claimed, accepted, refused}) {
            if (amount != null && amount.signum() < 0) {
                return invalid(n, maLk, "reconcile.row.negativeAmount", amount.toPlainString());
            }
        }
        if (claimed != null && accepted != null && accepted.add(refused).compareTo(claimed) != 0) {
            return invalid(n, maLk, "reconcile.row.amountsDisagree", claimed.toPlainString(),
                    accepted.toPlainString(), refused.toPlainString());
        }
        String reasonCode = v.get(MA_LY_DO);
        String reasonText = v.get(LY_DO);
        if (refused.signum() > 0 && reasonCode == null && reasonText == null) {
            return invalid(n, maLk, "reconcile.row.reasonMissing");
        }
        String transaction = v.get(MA_GIAO_DICH);
        if (transaction != null && transaction.length() > 100) {
            return invalid(n, maLk, "reconcile.row.transactionTooLong");
        }
        return new ResultRow(n, maLk, transaction, facility, table, stt, item, claimed, accepted, refused,
                truncate(reasonCode, 50), truncate(reasonText, 1000), null, null);
    }

    private static ResultRow invalid(int n, String maLk, String key, Object... args) {
        return new ResultRow(n, maLk, null, null, null, null, null, null, null, null, null, null, key, List.of(args));
    }

    /**
     * An amount in đồng as a clerk or the portal writes it: {@code 1234567}, {@code 1.234.567} or {@code 1.234.567,5}
     * (Vietnamese grouping), {@code 1,234,567.5} (English grouping), optionally followed by ₫ or đ.
     */
    static BigDecimal money(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace("₫", "").replace("đ", "").replace("VND", "").replace("\u00a0", "").replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        String plain;
        if (VI_GROUPED.matcher(t).matches()) {
            plain = t.replace(".", "").replace(',', '.');
        } else if (EN_GROUPED.matcher(t).matches()) {
            plain = t.replace(",", "");
        } else if (PLAIN.matcher(t).matches()) {
            plain = t.replace(',', '.');
        } else {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(plain);
    }

    /** Upper case, without diacritics, non-alphanumerics as '_', then the canonical name if known. */
    static String canonical(String heading) {
        String n = normalise(heading);
        if (List.of(MA_LK, MA_CSKCB, MA_GIAO_DICH, LOAI_BANG, STT, MA_THUOC, MA_DICH_VU, MA_VAT_TU, DE_NGHI, CHAP_NHAN, XUAT_TOAN,
                MA_LY_DO, LY_DO).contains(n)) {
            return n;
        }
        return ALIASES.get(n);
    }

    static String normalise(String text) {
        String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toUpperCase(Locale.ROOT);
        return s.replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
