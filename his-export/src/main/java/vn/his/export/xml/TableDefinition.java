package vn.his.export.xml;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How one XML 130 table is taken from a {@link ClaimSnapshot} and bound to JAXB.
 *
 * @param code         LOAIHOSO, e.g. {@code XML2}
 * @param rowType      the record of one row
 * @param documentType the JAXB root class of the table document
 * @param rows         the table's rows in the snapshot (empty when the table is absent)
 * @param binder       builds the JAXB document from element texts, one map per row
 */
public record TableDefinition(String code, Class<? extends Record> rowType, Class<?> documentType,
                              Function<ClaimSnapshot, List<? extends Record>> rows,
                              Function<List<Map<String, String>>, Object> binder) {
}
