package vn.his.billing.statement;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.his.core.i18n.Messages;

/**
 * Writes a {@link CostStatement} as an Excel workbook (xlsx, Apache POI): the administrative part, then one table
 * whose heading row stays frozen, the lines by section with a subtotal row of SUM formulas per section, a total row
 * summing the subtotals, and the split of the total (fund, co-payment, self-pay, other sources, patient total).
 * Headings come from {@code i18n/billing} (Vietnamese by default). Money cells carry the exact amounts; their format
 * is {@code #,##0}, or {@code #,##0.00} when some amount of the statement has cents, so nothing shown is rounded.
 */
public final class CostStatementWorkbook {

    /** Columns of the line table. */
    static final String[] COLUMNS = {"content", "code", "unit", "quantity", "hospitalPrice", "fundPrice",
            "serviceRate", "hospitalAmount", "fundRate", "insuredAmount", "fund", "coPayment", "other", "selfPay"};
    /** First column of the money columns summed per section (THANH_TIEN_BV). */
    static final int FIRST_SUM_COLUMN = 7;
    private static final int[] SUM_COLUMNS = {7, 9, 10, 11, 12, 13};
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public void write(CostStatement statement, Locale locale, OutputStream out) {
        Objects.requireNonNull(statement, "statement");
        try (Workbook workbook = new XSSFWorkbook()) {
            new Writer(workbook, statement, locale == null ? Messages.VIETNAMESE : locale).write();
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final Workbook workbook;
        private final CostStatement statement;
        private final Locale locale;
        private final Sheet sheet;
        private final CellStyle title;
        private final CellStyle bold;
        private final CellStyle heading;
        private final CellStyle text;
        private final CellStyle money;
        private final CellStyle moneyBold;
        private final CellStyle integer;
        private final CellStyle decimal;
        private final CellStyle percent;
        private int rowNo;

        Writer(Workbook workbook, CostStatement statement, Locale locale) {
            this.workbook = workbook;
            this.statement = statement;
            this.locale = locale;
            this.sheet = workbook.createSheet(m("billing.statement.sheet"));
            DataFormat formats = workbook.createDataFormat();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            heading = bordered(boldFont);
            heading.setWrapText(true);
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setVerticalAlignment(VerticalAlignment.CENTER);
            text = bordered(null);
            text.setWrapText(true);
            String moneyFormat = hasCents() ? "#,##0.00" : "#,##0";
            money = bordered(null);
            money.setDataFormat(formats.getFormat(moneyFormat));
            moneyBold = bordered(boldFont);
            moneyBold.setDataFormat(formats.getFormat(moneyFormat));
            integer = bordered(null);
            integer.setDataFormat(formats.getFormat("#,##0"));
            decimal = bordered(null);
            decimal.setDataFormat(formats.getFormat("#,##0.000"));
            percent = bordered(null);
            percent.setDataFormat(formats.getFormat("0.##"));
        }

        private CellStyle bordered(Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            if (font != null) {
                style.setFont(font);
            }
            return style;
        }

        private boolean hasCents() {
            List<CostStatement.Amounts> all = new ArrayList<>();
            statement.sections().forEach(s -> s.lines().forEach(l -> all.add(l.amounts())));
            all.add(statement.totals().amounts());
            return all.stream().anyMatch(a -> cents(a.hospital()) || cents(a.insured()) || cents(a.fund())
                    || cents(a.coPayment()) || cents(a.otherSources()) || cents(a.selfPay()));
        }

        private static boolean cents(BigDecimal v) {
            return v.stripTrailingZeros().scale() > 0;
        }

        private String m(String key, Object... args) {
            return Messages.get(locale, key, args);
        }

        void write() {
            Row t = sheet.createRow(rowNo++);
            cell(t, 0, m("billing.statement.title"), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
            CostStatement.Header h = statement.header();
            Row form = sheet.createRow(rowNo++);
            cell(form, 0, h.facilityName() + " (" + h.facilityCode() + ")", bold);
            cell(form, COLUMNS.length - 2, m("billing.statement.form"), bold);
            rowNo++;
            info("billing.statement.patient", h.patientName());
            info("billing.statement.birthDate", h.birthDate() + "   " + m("billing.statement.gender") + ": "
                    + m("billing.statement.gender." + h.genderCode()));
            info("billing.statement.address", h.address());
            info("billing.statement.maLk", h.maLk());
            info("billing.statement.card", h.cards().isEmpty() ? m("billing.statement.noCard")
                    : String.join("; ", h.cards()));
            info("billing.statement.registeredFacility", h.registeredFacility());
            info("billing.statement.arrival", MINUTE.format(h.arrival()));
            info("billing.statement.discharge", h.discharge() == null ? "" : MINUTE.format(h.discharge()));
            info("billing.statement.diagnosis", h.diagnosis());
            info("billing.statement.icd", join(h.mainIcd10(), h.secondaryIcd10()));
            info("billing.statement.visitObject", h.visitObjectCode() + " - " + h.visitExplanation().text(locale));
            info("billing.statement.version", statement.preview() ? m("billing.statement.versionPreview")
                    : m("billing.statement.versionOf", statement.version(), MINUTE.format(statement.settledAt()),
                    statement.settledBy()) + (statement.reason() == null ? ""
                    : " - " + m("billing.statement.reason") + ": " + statement.reason()));
            info("billing.statement.payment", payment());
            rowNo++;
            int headingRow = rowNo;
            Row head = sheet.createRow(rowNo++);
            head.setHeightInPoints(45);
            for (int c = 0; c < COLUMNS.length; c++) {
                cell(head, c, m("billing.statement.col." + COLUMNS[c]), heading);
            }
            sheet.createFreezePane(0, headingRow + 1);
            List<Integer> subtotalRows = new ArrayList<>();
            int n = 0;
            for (CostStatement.Section section : statement.sections()) {
                Row sr = sheet.createRow(rowNo++);
                cell(sr, 0, (++n) + ". " + m(section.section().headingKey()), bold);
                int first = rowNo;
                for (CostStatement.Line line : section.lines()) {
                    line(sheet.createRow(rowNo++), line);
                }
                int last = rowNo - 1;
                Row sub = sheet.createRow(rowNo++);
                cell(sub, 0, m("billing.statement.subtotal"), heading);
                for (int c : SUM_COLUMNS) {
                    String col = CellReference.convertNumToColString(c);
                    Cell cell = sub.createCell(c);
                    cell.setCellFormula("SUM(" + col + (first + 1) + ":" + col + (last + 1) + ")");
                    cell.setCellStyle(moneyBold);
                }
                subtotalRows.add(sub.getRowNum());
            }
            Row total = sheet.createRow(rowNo++);
            cell(total, 0, m("billing.statement.total"), heading);
            for (int c : SUM_COLUMNS) {
                String col = CellReference.convertNumToColString(c);
                Cell cell = total.createCell(c);
                cell.setCellFormula(subtotalRows.isEmpty() ? "0" : String.join("+",
                        subtotalRows.stream().map(r -> col + (r + 1)).toList()));
                cell.setCellStyle(moneyBold);
            }
            rowNo++;
            CostStatement.Amounts a = statement.totals().amounts();
            amountRow("billing.statement.totals.hospital", a.hospital());
            amountRow("billing.statement.totals.insured", a.insured());
            amountRow("billing.statement.totals.fund", a.fund());
            amountRow("billing.statement.totals.coPayment", a.coPayment());
            amountRow("billing.statement.totals.selfPay", a.selfPay());
            amountRow("billing.statement.totals.other", a.otherSources());
            amountRow("billing.statement.totals.patient", a.patient());
            int[] widths = {40, 16, 10, 10, 13, 13, 10, 15, 10, 15, 15, 15, 13, 15};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.setForceFormulaRecalculation(true);
        }

        private String payment() {
            if (statement.preview()) {
                return "";
            }
            if (statement.paidAt() == null) {
                return m("billing.statement.unpaid");
            }
            return m("billing.statement.paymentMethod." + statement.paymentMethod().name()) + " - "
                    + MINUTE.format(statement.paidAt());
        }

        private static String join(String main, List<String> secondary) {
            List<String> all = new ArrayList<>();
            if (main != null) {
                all.add(main);
            }
            all.addAll(secondary);
            return String.join("; ", all);
        }

        private void info(String key, String value) {
            Row r = sheet.createRow(rowNo++);
            cell(r, 0, m(key), bold);
            Cell v = r.createCell(1);
            v.setCellValue(value == null ? "" : value);
        }

        private void amountRow(String key, BigDecimal amount) {
            Row r = sheet.createRow(rowNo++);
            cell(r, 0, m(key), bold);
            Cell v = r.createCell(FIRST_SUM_COLUMN);
            v.setCellValue(amount.doubleValue());
            v.setCellStyle(moneyBold);
        }

        private void line(Row r, CostStatement.Line l) {
            cell(r, 0, l.name() == null ? m("billing.statement.line", l.lineId()) : l.name(), text);
            cell(r, 1, l.code() == null ? "" : l.code(), text);
            cell(r, 2, l.unit() == null ? "" : l.unit(), text);
            number(r, 3, l.quantity(), l.quantity().stripTrailingZeros().scale() > 0 ? decimal : integer);
            number(r, 4, l.hospitalUnitPrice(), l.hospitalUnitPrice().stripTrailingZeros().scale() > 0 ? decimal : integer);
            number(r, 5, l.fundUnitPrice(), l.fundUnitPrice() != null
                    && l.fundUnitPrice().stripTrailingZeros().scale() > 0 ? decimal : integer);
            number(r, 6, l.serviceRatePercent(), percent);
            number(r, 7, l.amounts().hospital(), money);
            number(r, 8, l.fundRatePercent(), percent);
            number(r, 9, l.amounts().insured(), money);
            number(r, 10, l.amounts().fund(), money);
            number(r, 11, l.amounts().coPayment(), money);
            number(r, 12, l.amounts().otherSources(), money);
            number(r, 13, l.amounts().selfPay(), money);
        }

        private static void cell(Row r, int c, String value, CellStyle style) {
            Cell cell = r.createCell(c);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }

        private static void number(Row r, int c, BigDecimal value, CellStyle style) {
            Cell cell = r.createCell(c);
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
            cell.setCellStyle(style);
        }
    }
}
