package vn.his.export.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The columns of the item forms after STT, in order. Default: the 19/20/21 BHYT layout (code, name, unit, unit price,
 * quantity outpatient / inpatient / total, amount, fund's amount). {@code his.reports.item-columns} replaces it with
 * another list of {@link ItemColumn} names, separated by commas; an unknown or repeated name stops the start with a
 * message naming it.
 */
@Component
public class ItemReportLayout {

    static final String DEFAULT = "CODE,NAME,UNIT,UNIT_PRICE,QTY_OUTPATIENT,QTY_INPATIENT,QTY_TOTAL,AMOUNT,FUND";

    private final List<ItemColumn> columns;

    public ItemReportLayout(@Value("${his.reports.item-columns:" + DEFAULT + "}") String columns) {
        this.columns = parse(columns);
    }

    public List<ItemColumn> columns() {
        return columns;
    }

    static List<ItemColumn> parse(String text) {
        List<ItemColumn> out = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            ItemColumn column;
            try {
                column = ItemColumn.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("his.reports.item-columns: unknown column " + part.strip()
                        + " (known: " + List.of(ItemColumn.values()) + ")", e);
            }
            if (out.contains(column)) {
                throw new IllegalStateException("his.reports.item-columns: column " + name + " given twice");
            }
            out.add(column);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("his.reports.item-columns: no column");
        }
        return List.copyOf(out);
    }
}
