package vn.his.export.report;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * A column an item form may have, with its heading key and value. The order and choice of columns is an
 * {@link ItemReportLayout}: the 19/20/21 BHYT layout by default, replaceable when the forms of TT 12/2026/TT-BTC
 * (whose columns were not available, bhyt-rules.md §6.2) are known.
 */
public enum ItemColumn {
    CODE("items.col.code", Kind.TEXT, ItemUsageRow::code),
    NAME("items.col.name", Kind.TEXT, ItemUsageRow::name),
    UNIT("items.col.unit", Kind.TEXT, ItemUsageRow::unit),
    UNIT_PRICE("items.col.unitPrice", Kind.PRICE, ItemUsageRow::unitPrice),
    QTY_OUTPATIENT("items.col.qtyOutpatient", Kind.QUANTITY, ItemUsageRow::outpatientQuantity),
    QTY_INPATIENT("items.col.qtyInpatient", Kind.QUANTITY, ItemUsageRow::inpatientQuantity),
    QTY_TOTAL("items.col.qtyTotal", Kind.QUANTITY, ItemUsageRow::totalQuantity),
    AMOUNT("items.col.amount", Kind.MONEY, ItemUsageRow::amount),
    FUND("items.col.fund", Kind.MONEY, ItemUsageRow::fundAmount);

    /** How a column is written and whether its total is a SUM. */
    public enum Kind {
        TEXT, PRICE, QUANTITY, MONEY
    }

    private final String messageKey;
    private final Kind kind;
    private final Function<ItemUsageRow, Object> value;

    ItemColumn(String messageKey, Kind kind, Function<ItemUsageRow, Object> value) {
        this.messageKey = messageKey;
        this.kind = kind;
        this.value = value;
    }

    public String messageKey() {
        return messageKey;
    }

    public Kind kind() {
        return kind;
    }

    public String text(ItemUsageRow row) {
        return (String) value.apply(row);
    }

    public BigDecimal number(ItemUsageRow row) {
        return (BigDecimal) value.apply(row);
    }
}
