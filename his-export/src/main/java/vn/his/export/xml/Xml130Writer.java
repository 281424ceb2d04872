package vn.his.export.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.his.core.common.DomainException;
import vn.his.export.spec.FieldSpec;
import vn.his.export.spec.SchemaCatalog;
import vn.his.export.spec.TableSpec;

/**
 * Turns a {@link ClaimSnapshot} into its table documents (XML1…XML14), each the UTF-8 bytes of one XML document
 * with declaration, elements in the official order, every element present (empty when not applicable), values
 * formatted by {@link XmlValues} from the field specification of the snapshot's schema version.
 */
public final class Xml130Writer {

    private final SchemaCatalog catalog;
    private final TableRelevance relevance;

    public Xml130Writer(SchemaCatalog catalog, TableRelevance relevance) {
        this.catalog = catalog;
        this.relevance = relevance;
    }

    /** The dossier tables that have rows, in LOAIHOSO order; refuses a table that does not belong to the encounter. */
    public List<TableDocument> write(ClaimSnapshot snapshot) {
        List<TableDocument> documents = new ArrayList<>();
        for (TableDefinition table : Xml130Tables.DOSSIER) {
            List<? extends Record> rows = table.rows().apply(snapshot);
            if (rows.isEmpty()) {
                continue;
            }
            Optional<String> objection = relevance.objection(table.code(), snapshot);
            if (objection.isPresent()) {
                throw new DomainException(objection.get(), snapshot.maLk(), snapshot.summary().maLoaiKcb(),
                        snapshot.summary().maLoaiRv());
            }
            documents.add(new TableDocument(table.code(), writeTable(table, rows, snapshot.schemaVersion())));
        }
        return documents;
    }

    /** One table document from its rows; the row type must match the table's fields under the schema version. */
    public byte[] writeTable(TableDefinition table, List<? extends Record> rows, String schemaVersion) {
        TableSpec spec = catalog.table(table.code(), schemaVersion);
        if (!RowFields.elementNames(table.rowType()).equals(spec.elementNames())) {
            throw new DomainException("export.schema.unsupported", table.code(), schemaVersion);
        }
        List<Map<String, String>> texts = new ArrayList<>();
        for (Record row : rows) {
            if (!table.rowType().isInstance(row)) {
                throw new IllegalArgumentException(table.code() + " expects " + table.rowType().getSimpleName());
            }
            Map<String, Object> values = RowFields.values(row);
            Map<String, String> text = new LinkedHashMap<>();
            for (FieldSpec field : spec.fields()) {
                text.put(field.element(), XmlValues.format(values.get(field.element()), field));
            }
            texts.add(text);
        }
        return JaxbXml.marshal(table.binder().apply(texts));
    }
}
