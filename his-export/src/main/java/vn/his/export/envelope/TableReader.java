package vn.his.export.envelope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.his.core.common.DomainException;
import vn.his.export.xml.SecureXml;

/**
 * Reads one table document (XML0…XML15) into its rows, each a map of element name to text, without JAXB and
 * without knowing the table: a row is an element whose children are all text-only elements. Single-record tables
 * (XML1 TONG_HOP, XML7, XML8, XML13, XML14) are one row; list tables give the children of their DSACH_… element.
 * CHUKYDONVI (signature holder) is not a row.
 */
public final class TableReader {

    private TableReader() {
    }

    public static List<Map<String, String>> rows(byte[] tableXml) {
        Element root = SecureXml.parse(tableXml).getDocumentElement();
        if (isRow(root)) {
            return List.of(fields(root));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Element child : children(root)) {
            if (child.getTagName().equals("CHUKYDONVI")) {
                continue;
            }
            for (Element row : children(child)) {
                if (!isRow(row)) {
                    throw new DomainException("export.read.unexpectedStructure", row.getTagName());
                }
                rows.add(fields(row));
            }
        }
        return rows;
    }

    private static boolean isRow(Element element) {
        List<Element> children = children(element);
        return !children.isEmpty() && children.stream().allMatch(c -> children(c).isEmpty());
    }

    private static Map<String, String> fields(Element row) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : children(row)) {
            if (fields.put(field.getTagName(), field.getTextContent()) != null) {
                throw new DomainException("export.read.duplicateElement", field.getTagName());
            }
        }
        return fields;
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }
}
