package vn.his.export.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The look shared by the reconciliation workbooks (province, ledger): a bold title in the first row, the headings on
 * row 4 frozen above the data, money as {@code #,##0}, dates {@code dd/mm/yyyy}, date-times {@code dd/mm/yyyy hh:mm},
 * and "Tổng cộng" rows of SUM formulas.
 */
final class ReportSheets {

    static final int HEADING_ROW = 3;
    static final int FIRST_DATA_ROW = HEADING_ROW + 1;
    static final String MONEY_FORMAT = "#,##0";
    static final String PERCENT_FORMAT = "0.00%";

    final CellStyle title;
    final CellStyle heading;
    final CellStyle money;
    final CellStyle totalMoney;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle percent;
    final CellStyle totalCount;
    final CellStyle month;

    ReportSheets(SXSSFWorkbook book) {
        Font bold = book.createFont();
        bold.setBold(true);
        title = book.createCellStyle();
        title.setFont(bold);
        heading = book.createCellStyle();
        heading.setFont(bold);
        heading.setWrapText(true);
        heading.setBorderBottom(BorderStyle.THIN);
        short moneyFormat = book.createDataFormat().getFormat(MONEY_FORMAT);
        money = book.createCellStyle();
        money.setDataFormat(moneyFormat);
        totalMoney = book.createCellStyle();
        totalMoney.setDataFormat(moneyFormat);
        totalMoney.setFont(bold);
        totalCount = book.createCellStyle();
        totalCount.setFont(bold);
        date = book.createCellStyle();
        date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
        dateTime = book.createCellStyle();
        dateTime.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        month = book.createCellStyle();
        month.setDataFormat(book.createDataFormat().getFormat("mm/yyyy"));
        percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat(PERCENT_FORMAT));
    }

    /** Title in A1, a subtitle in A2 when given, headings on row 4, frozen above row 5. */
    void heading(Sheet sheet, String titleText, String subtitle, List<String> headings) {
        Cell t = sheet.createRow(0).createCell(0);
        t.setCellValue(titleText);
        t.setCellStyle(title);
        if (subtitle != null) {
            sheet.createRow(1).createCell(0).setCellValue(subtitle);
        }
        Row h = sheet.createRow(HEADING_ROW);
        for (int c = 0; c < headings.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(headings.get(c));
            cell.setCellStyle(heading);
            sheet.setColumnWidth(c, Math.max(10, Math.min(40, headings.get(c).length() + 4)) * 256);
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
    }

    /**
     * "Tổng cộng" in column 0 and SUM formulas over the data rows in {@code sumColumns}; zero when there is no row
     * (no formula over an empty range). {@code countColumns} are summed without the money format.
     */
    void totals(Sheet sheet, int index, int lastData, String label, List<Integer> sumColumns,
                List<Integer> countColumns) {
        Row row = sheet.createRow(index);
        Cell l = row.createCell(0);
        l.setCellValue(label);
        l.setCellStyle(heading);
        for (int c : sumColumns) {
            sum(row, c, lastData, totalMoney);
        }
        for (int c : countColumns) {
            sum(row, c, lastData, totalCount);
        }
    }

    private static void sum(Row row, int c, int lastData, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        if (lastData < FIRST_DATA_ROW) {
            cell.setCellValue(0);
        } else {
            String col = CellReference.convertNumToColString(c);
            cell.setCellFormula("SUM(" + col + (FIRST_DATA_ROW + 1) + ":" + col + (lastData + 1) + ")");
        }
    }

    static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    void money(Row row, int column, BigDecimal value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(money);
        }
    }

    void date(Row row, int column, LocalDateTime value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.toLocalDate());
            cell.setCellStyle(date);
        }
    }

    void dateTime(Row row, int column, LocalDateTime value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(dateTime);
        }
    }

    static String col(int c) {
        return CellReference.convertNumToColString(c);
    }
}
