package vn.his.export.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.his.export.xml.ClaimSnapshot;
import vn.his.export.xml.RowFields;
import vn.his.export.xml.TableDefinition;
import vn.his.export.xml.Xml130Tables;

/** One row of one table of a snapshot, with its values by element name. */
record TableRow(String table, Integer stt, Record row, Map<String, Object> values) {

    static List<TableRow> all(ClaimSnapshot snapshot) {
        List<TableRow> rows = new ArrayList<>();
        add(rows, Xml130Tables.CHECK_IN, snapshot);
        Xml130Tables.DOSSIER.forEach(t -> add(rows, t, snapshot));
        return rows;
    }

    private static void add(List<TableRow> rows, TableDefinition table, ClaimSnapshot snapshot) {
        for (Record r : table.rows().apply(snapshot)) {
            Map<String, Object> values = RowFields.values(r);
            rows.add(new TableRow(table.code(), values.get("STT") instanceof Integer i ? i : null, r, values));
        }
    }

    /** The text of a field ({@code null} when empty or not a string). */
    String text(String element) {
        Object v = values.get(element);
        return v instanceof String s && !s.isEmpty() ? s : null;
    }

    BigDecimal number(String element) {
        return values.get(element) instanceof BigDecimal d ? d : null;
    }

    boolean has(String element) {
        Object v = values.get(element);
        return v != null && !(v instanceof String s && s.isEmpty());
    }
}
