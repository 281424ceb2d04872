package vn.his.export.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.his.core.i18n.Messages;

/**
 * The item forms 19/BHYT (medical supplies), 20/BHYT (drugs, chemicals, blood) and 21/BHYT (technical services,
 * transport) of a facility and a period as one xlsx workbook, one sheet per form (bhyt-rules.md §6.1), from
 * {@link ItemUsageQuery}: STT then the columns of the {@link ItemReportLayout}, headings frozen, money {@code #,##0},
 * closed by a "Tổng cộng" row of SUM formulas over the quantity and money columns.
 */
@Component
public class ItemUsageReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int WINDOW = 200;

    private final ItemUsageQuery query;
    private final ItemReportLayout layout;

    public ItemUsageReport(ItemUsageQuery query, ItemReportLayout layout) {
        this.query = query;
        this.layout = layout;
    }

    /** {@code thong-ke-19-20-21-bhyt-<facility>-<from>-<to>.xlsx}. */
    public static String fileName(String facilityCode, LocalDate from, LocalDate to) {
        return "thong-ke-19-20-21-bhyt-" + facilityCode + "-" + from + "-" + to + ".xlsx";
    }

    /** Writes the workbook to {@code out} (not closed) and answers the figures it holds. */
    public ItemUsageQuery.Result write(String facilityCode, LocalDate from, LocalDate to, Locale locale,
                                       OutputStream out) {
        ItemUsageQuery.Result result = query.compute(ReportScope.facility(facilityCode), from, to);
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            book.setCompressTempFiles(true);
            ReportSheets styles = new ReportSheets(book);
            String scope = Messages.get(locale, "report.scope.facility", facilityCode);
            String subtitle = Messages.get(locale, "items.layoutNote");
            List<String> headings = new ArrayList<>();
            headings.add(Messages.get(locale, "report.col.stt"));
            layout.columns().forEach(c -> headings.add(Messages.get(locale, c.messageKey())));
            for (ItemForm form : ItemForm.values()) {
                SXSSFSheet sheet = book.createSheet(form.sheetName());
                String title = Messages.get(locale, "items.title", Messages.get(locale, form.messageKey()),
                        form.formNumber(), DAY.format(from), DAY.format(to), scope);
                styles.heading(sheet, title, subtitle, headings);
                writeRows(sheet, result.rows(form), styles, Messages.get(locale, "report.total"));
            }
            book.setForceFormulaRecalculation(true);
            book.write(out);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRows(SXSSFSheet sheet, List<ItemUsageRow> rows, ReportSheets styles, String total) {
        List<ItemColumn> columns = layout.columns();
        int index = ReportSheets.FIRST_DATA_ROW;
        for (ItemUsageRow r : rows) {
            Row row = sheet.createRow(index);
            row.createCell(0).setCellValue(index - ReportSheets.FIRST_DATA_ROW + 1);
            for (int i = 0; i < columns.size(); i++) {
                ItemColumn column = columns.get(i);
                int c = i + 1;
                switch (column.kind()) {
                    case TEXT -> ReportSheets.text(row, c, column.text(r));
                    case PRICE, MONEY -> styles.money(row, c, column.number(r));
                    case QUANTITY -> {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(column.number(r).doubleValue());
                    }
                }
            }
            index++;
        }
        List<Integer> money = new ArrayList<>();
        List<Integer> quantities = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == ItemColumn.Kind.MONEY) {
                money.add(i + 1);
            } else if (columns.get(i).kind() == ItemColumn.Kind.QUANTITY) {
                quantities.add(i + 1);
            }
        }
        styles.totals(sheet, index, index - 1, total, money, quantities);
    }
}
