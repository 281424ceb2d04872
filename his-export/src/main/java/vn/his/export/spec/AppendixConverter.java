package vn.his.export.spec;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Regenerates {@code db/reference/xml130/qd4750/<TABLE>.csv} from the official appendix spreadsheet of QĐ 4750
 * (every field of every table: type and size of QĐ 130, the 4750 correction/amendment column) and the gateway's
 * validation workbook (required flags and checks). See {@code db/reference/xml130/README.md} for how to run it.
 *
 * <p>Rules applied (documented in the README as well):
 * <ul>
 *   <li>type: "Chuỗi" → str, "Số" → num; an amendment "Đổi kiểu dữ liệu thành chuỗi" makes it str;</li>
 *   <li>max_length: the decision's size, or the size of an amendment "… lên N ký tự"; when the gateway
 *       workbook gives a smaller size (or a size where the decision says "n"), the smaller one is kept — data is
 *       sent within the stricter limit — and both are written in the note;</li>
 *   <li>required: gateway column "Bắt buộc": "x" → Y, empty → N, any condition ("Bắt buộc khi…", "Như QĐ
 *       4210") → C with the condition in the note; a gateway remark "Không bắt buộc" → N;</li>
 *   <li>format and decimals: inferred from the element name and size (see {@link #formatOf}).</li>
 * </ul>
 */
public final class AppendixConverter {

    private static final Pattern ELEMENT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern TABLE_NUMBER = Pattern.compile("(?i)bang\\s*(\\d+)");
    private static final Pattern SIZE_INCREASE = Pattern.compile("lên\\s+(\\d+)\\s+ký tự");

    /** Quantities and unit prices: 3 decimals (QĐ 130 Bảng 2/3, SO_LUONG, DON_GIA…). */
    private static final Set<String> QUANTITIES = Set.of("SO_LUONG", "DON_GIA", "DON_GIA_BV", "DON_GIA_BH");
    private static final Set<String> PERCENTAGES = Set.of("TYLE_TT_BH", "TYLE_TT_DV", "MUC_HUONG",
            "TYLE_TTCT_CU", "TYLE_TTCT_MOI", "TONG_TYLE_TTCT");
    private static final Set<String> INTEGERS = Set.of("STT", "SO_NGAY_DTRI", "NAM_QT", "THANG_QT", "TUOI_THAI",
            "SO_NGAY_NGHI", "SO_NGAY", "SO_CONCHET", "SO_CON", "LAN_SINH", "SO_CON_SONG", "CAN_NANG_CON",
            "SO_NGAY_CAP_THUOC_ARV", "LAN_XN_PCR");
    /** Fields the decision describes as several codes separated by ';'. */
    private static final Set<String> CODE_LISTS = Set.of("MA_BENH_KT", "MA_BENH_YHCT", "MA_PTTT_QT", "MA_GIUONG",
            "MA_BAC_SI", "NGUOI_THUC_HIEN", "MA_MAY", "MA_KHOA", "MA_PP_CHEBIEN", "MA_THE_BHYT", "MA_DKBD",
            "MA_BS_DOC_KQ", "MA_CSKCB_DI", "MA_BENH");

    private AppendixConverter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: AppendixConverter <qd4750-appendix-tables.xlsx> <gateway-validation-qd4750.xlsx> <output dir>");
            System.exit(2);
        }
        Map<String, List<FieldSpec>> tables = convert(Path.of(args[0]), Path.of(args[1]));
        write(tables, Path.of(args[2]));
        System.out.println("Wrote " + tables.size() + " tables to " + args[2]);
    }

    /** Every table of the appendix, keyed XML0…XML15, with the gateway's flags merged in. */
    public static Map<String, List<FieldSpec>> convert(Path appendix, Path gatewayWorkbook) throws IOException {
        Map<String, List<Map<String, String>>> decision = readSheets(appendix);
        Map<String, List<Map<String, String>>> gateway = readSheets(gatewayWorkbook);
        Map<String, List<FieldSpec>> result = new LinkedHashMap<>();
        for (String table : SchemaCatalog.TABLES) {
            List<Map<String, String>> rows = decision.get(table);
            if (rows == null) {
                continue;
            }
            Map<String, Map<String, String>> gatewayRows = new LinkedHashMap<>();
            for (Map<String, String> g : gateway.getOrDefault(table, List.of())) {
                gatewayRows.putIfAbsent(g.get("element"), g);
            }
            List<FieldSpec> fields = new ArrayList<>();
            for (Map<String, String> row : rows) {
                fields.add(field(table, fields.size() + 1, row, gatewayRows.get(row.get("element"))));
            }
            result.put(table, fields);
        }
        return result;
    }

    public static void write(Map<String, List<FieldSpec>> tables, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        for (Map.Entry<String, List<FieldSpec>> e : tables.entrySet()) {
            try (Writer w = Files.newBufferedWriter(outputDir.resolve(e.getKey() + ".csv"), StandardCharsets.UTF_8)) {
                SpecCsv.write(w, e.getValue());
            }
        }
    }

    static FieldSpec field(String table, int order, Map<String, String> row, Map<String, String> gw) {
        String element = row.get("element");
        String amendment = oneLine(row.getOrDefault("amendment", ""));
        FieldType type = row.getOrDefault("type", "").startsWith("Số") ? FieldType.NUM : FieldType.STR;
        if (amendment.contains("Đổi kiểu dữ liệu thành chuỗi")) {
            type = FieldType.STR;
        }
        Integer decisionSize = size(row.get("size"));
        Matcher increase = SIZE_INCREASE.matcher(amendment);
        if (increase.find()) {
            decisionSize = Integer.valueOf(increase.group(1));
        }
        List<String> notes = new ArrayList<>();
        Integer maxLength = decisionSize;
        Requirement required = Requirement.N;
        if (gw != null) {
            Integer gatewaySize = size(gw.get("size"));
            if (gatewaySize != null && (decisionSize == null || gatewaySize < decisionSize)) {
                maxLength = gatewaySize;
            }
            if (!java.util.Objects.equals(gatewaySize, decisionSize)) {
                notes.add("Kích thước: QĐ 4750 " + sizeText(decisionSize) + ", cổng " + sizeText(gatewaySize));
            }
            String req = oneLine(gw.getOrDefault("required", ""));
            String valid = oneLine(gw.getOrDefault("valid", ""));
            if (req.equalsIgnoreCase("x")) {
                required = Requirement.Y;
            } else if (!req.isEmpty()) {
                required = Requirement.C;
                notes.add("Bắt buộc có điều kiện (cổng): " + req);
            }
            if (valid.contains("Không bắt buộc")) {
                required = Requirement.N;
            }
            if (!valid.isEmpty() && !valid.equals("Như 4210")) {
                notes.add("Kiểm tra của cổng: " + abbreviate(valid, 300));
            }
        }
        if (amendment.startsWith("Bổ sung trường mới")) {
            notes.add("QĐ 4750: bổ sung trường mới");
        }
        if (amendment.contains("Đổi kiểu dữ liệu thành chuỗi")) {
            notes.add("QĐ 4750: đổi kiểu dữ liệu thành chuỗi");
        }
        if (increase.find(0)) {
            notes.add("QĐ 4750: tăng kích thước tối đa lên " + increase.group(1));
        }
        FieldFormat format = formatOf(table, element, type, decisionSize);
        Integer decimals = switch (format) {
            case QUANTITY -> 3;
            case MONEY, DECIMAL -> 2;
            default -> null;
        };
        return new FieldSpec(order, element, type, maxLength, decimals, required, format, String.join(" | ", notes));
    }

    /**
     * The format of a field, inferred from its name and size: quantities/unit prices and money by name and size
     * 15; NGAY_SINH may carry 0000 for unknown parts; NGAY_MIEN_CCT is 8 or 12 characters; multi-card dates and
     * re-visit dates are lists; other 12-character NGAY_/THOI fields are yyyyMMddHHmm, 8-character ones yyyyMMdd.
     */
    static FieldFormat formatOf(String table, String element, FieldType type, Integer size) {
        if (QUANTITIES.contains(element)) {
            return FieldFormat.QUANTITY;
        }
        if (PERCENTAGES.contains(element)) {
            return FieldFormat.PERCENT;
        }
        if (type == FieldType.NUM && Integer.valueOf(15).equals(size)) {
            return FieldFormat.MONEY;
        }
        if (element.equals("CAN_NANG")) {
            return FieldFormat.DECIMAL;
        }
        if (INTEGERS.contains(element) && type == FieldType.NUM) {
            return FieldFormat.INTEGER;
        }
        if (element.equals("NGAY_SINH") && Integer.valueOf(12).equals(size)) {
            return FieldFormat.BIRTH12;
        }
        if (element.equals("NGAY_MIEN_CCT")) {
            return FieldFormat.DATE8_OR_12;
        }
        boolean dateLike = element.startsWith("NGAY") || element.contains("_NGAY") || element.startsWith("THOI")
                || element.startsWith("GT_THE") || element.endsWith("TUNGAY") || element.endsWith("DENNGAY")
                || element.equals("BDDT_ARV") || element.equals("NAM_NAM_LIEN_TUC");
        if (dateLike && (size == null || size > 12 || element.equals("NGAY_TAI_KHAM"))) {
            return FieldFormat.DATE8_LIST;
        }
        if (dateLike && Integer.valueOf(12).equals(size)) {
            return FieldFormat.DATE12;
        }
        if (dateLike && Integer.valueOf(8).equals(size)) {
            return FieldFormat.DATE8;
        }
        if (CODE_LISTS.contains(element) || (table.equals("XML2") && element.equals("MA_DICH_VU"))) {
            return FieldFormat.CODE_LIST;
        }
        if (type == FieldType.NUM || element.startsWith("MA_") || element.startsWith("MA") && element.contains("_CU_TRU")) {
            return FieldFormat.CODE;
        }
        return FieldFormat.TEXT;
    }

    private static Map<String, List<Map<String, String>>> readSheets(Path path) throws IOException {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(path.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                String table = tableCode(sheet.getSheetName());
                if (table == null) {
                    continue;
                }
                Map<String, Integer> columns = null;
                List<Map<String, String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    if (columns == null) {
                        columns = headerColumns(row, formatter);
                        continue;
                    }
                    String element = text(row, columns.get("element"), formatter).trim();
                    if (!ELEMENT.matcher(element).matches()) {
                        continue;
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    values.put("element", element);
                    for (Map.Entry<String, Integer> c : columns.entrySet()) {
                        if (!c.getKey().equals("element")) {
                            values.put(c.getKey(), text(row, c.getValue(), formatter).trim());
                        }
                    }
                    rows.add(values);
                }
                if (columns == null) {
                    throw new IllegalStateException(path + " sheet '" + sheet.getSheetName() + "': no header row with 'Chỉ tiêu'");
                }
                tables.put(table, rows);
            }
        }
        return tables;
    }

    /** Column positions of a header row, or null when the row is not the header (it has no "Chỉ tiêu" cell). */
    private static Map<String, Integer> headerColumns(Row row, DataFormatter formatter) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Cell cell : row) {
            String h = formatter.formatCellValue(cell).trim();
            int i = cell.getColumnIndex();
            if (h.equals("Chỉ tiêu")) {
                columns.put("element", i);
            } else if (h.startsWith("Kiểu dữ liệu")) {
                columns.put("type", i);
            } else if (h.startsWith("Kích thước")) {
                columns.put("size", i);
            } else if (h.startsWith("Đính chính")) {
                columns.put("amendment", i);
            } else if (h.equals("Bắt buộc")) {
                columns.put("required", i);
            } else if (h.equals("VALID")) {
                columns.put("valid", i);
            }
        }
        return columns.containsKey("element") ? columns : null;
    }

    static String tableCode(String sheetName) {
        String name = sheetName.trim();
        if (name.toLowerCase(Locale.ROOT).contains("check-in")) {
            return "XML0";
        }
        Matcher m = TABLE_NUMBER.matcher(name);
        return m.find() ? "XML" + Integer.parseInt(m.group(1)) : null;
    }

    private static String text(Row row, Integer column, DataFormatter formatter) {
        if (column == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell);
    }

    private static Integer size(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        return t.matches("\\d+") ? Integer.valueOf(t) : null;
    }

    private static String sizeText(Integer size) {
        return size == null ? "n" : size.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
