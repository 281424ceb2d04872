package vn.his.billing.statement;

/** Test access to the workbook's column keys. */
public final class CostStatementWorkbookColumns {

    private CostStatementWorkbookColumns() {
    }

    public static String[] names() {
        return CostStatementWorkbook.COLUMNS.clone();
    }
}
