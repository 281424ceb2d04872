package vn.his.web.officer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import vn.his.export.xml.SecureXml;
import vn.his.export.xml.TableDocument;
import vn.his.web.billing.StatementFormat;

/**
 * The stored table documents of a claim version (XML0 check-in row, XML1 summary, XML2 drugs, XML3 services, …) read
 * back into rows of named fields for people: every element whose children are all simple fields is a row (XML1 has
 * one, the list tables one per STT); dates yyyyMMdd[HHmm] are written dd/MM/yyyy [HH:mm] and amounts grouped. Parsed
 * with {@link SecureXml} (DOCTYPE and external entities refused). Empty columns are left out.
 */
public final class ClaimTables {

    private static final Pattern DAY = Pattern.compile("\\d{8}");
    private static final Pattern MINUTE = Pattern.compile("\\d{12}");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");

    private ClaimTables() {
    }

    /** One table: its LOAIHOSO, its columns (element names in document order) and its rows. */
    public record Table(String code, List<String> columns, List<Row> rows) {
        public boolean single() {
            return rows.size() == 1;
        }
    }

    /** One row: STT when the table has it, and the shown value of each column. */
    public record Row(Integer stt, Map<String, String> values) {
        public String value(String column) {
            return values.getOrDefault(column, "");
        }
    }

    public static List<Table> read(List<TableDocument> documents, StatementFormat fmt) {
        List<Table> tables = new ArrayList<>();
        for (TableDocument d : documents) {
            tables.add(read(d, fmt));
        }
        return tables;
    }

    static Table read(TableDocument document, StatementFormat fmt) {
        Document xml;
        try {
            xml = SecureXml.documentBuilder().parse(new java.io.ByteArrayInputStream(document.content()));
        } catch (Exception e) {
            throw new IllegalStateException("stored table " + document.loaiHoSo() + " cannot be read", e);
        }
        List<Element> rowElements = new ArrayList<>();
        collectRows(xml.getDocumentElement(), rowElements);
        Set<String> columns = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>();
        for (Element r : rowElements) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Element field : children(r)) {
                String text = field.getTextContent().strip();
                if (!text.isEmpty()) {
                    values.put(field.getTagName(), shown(field.getTagName(), text, fmt));
                    columns.add(field.getTagName());
                }
            }
            Integer stt = null;
            String raw = values.get("STT");
            if (raw != null && raw.matches("\\d{1,9}")) {
                stt = Integer.valueOf(raw);
            }
            rows.add(new Row(stt, values));
        }
        return new Table(document.loaiHoSo(), List.copyOf(columns), rows);
    }

    /** Depth-first: an element with element children that are all leaves is a row; otherwise look deeper. */
    private static void collectRows(Element e, List<Element> rows) {
        List<Element> children = children(e);
        if (children.isEmpty()) {
            return;
        }
        if (children.stream().allMatch(c -> children(c).isEmpty())) {
            rows.add(e);
            return;
        }
        for (Element c : children) {
            collectRows(c, rows);
        }
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }

    /** A value as people read it: dates dd/MM/yyyy [HH:mm], amounts and prices grouped; codes unchanged. */
    static String shown(String field, String text, StatementFormat fmt) {
        boolean dateField = field.startsWith("NGAY_") || field.startsWith("THOI_") || field.equals("NGAYLAP");
        if (dateField && MINUTE.matcher(text).matches()) {
            return text.substring(6, 8) + "/" + text.substring(4, 6) + "/" + text.substring(0, 4) + " "
                    + text.substring(8, 10) + ":" + text.substring(10, 12);
        }
        if (dateField && DAY.matcher(text).matches()) {
            return text.substring(6, 8) + "/" + text.substring(4, 6) + "/" + text.substring(0, 4);
        }
        boolean amountField = field.startsWith("T_") || field.startsWith("THANH_TIEN") || field.startsWith("DON_GIA")
                || field.equals("SO_LUONG");
        if (amountField && AMOUNT.matcher(text).matches()) {
            return fmt.number(new BigDecimal(text));
        }
        return text;
    }
}
