package vn.his.core.reference.tool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.his.core.reference.ReferenceDataException;

/**
 * A table inside a worksheet: the official spreadsheets start with title lines, so the header row is found by its
 * labels (compared after {@link CellText#clean} and upper-casing), and columns are then addressed by label, never
 * by position.
 */
final class SheetTable {

    /** How far down the title block may reach. */
    private static final int HEADER_SEARCH_ROWS = 30;

    private final Sheet sheet;
    private final String source;
    private final int headerRowIndex;
    private final Map<String, Integer> columns;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    private SheetTable(Sheet sheet, String source, int headerRowIndex, Map<String, Integer> columns) {
        this.sheet = sheet;
        this.source = source;
        this.headerRowIndex = headerRowIndex;
        this.columns = columns;
    }

    /**
     * Finds the table whose header holds every one of {@code labels}, in the sheet named {@code sheetName}, or in
     * the first sheet that has such a header when {@code sheetName} is null.
     */
    static SheetTable find(Workbook workbook, String fileName, String sheetName, List<String> labels) {
        List<Sheet> candidates = new ArrayList<>();
        if (sheetName != null) {
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new ReferenceDataException(fileName, 0, "has no sheet named '" + sheetName + "'");
            }
            candidates.add(sheet);
        } else {
            workbook.sheetIterator().forEachRemaining(candidates::add);
        }
        for (Sheet sheet : candidates) {
            for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, Integer> found = new HashMap<>();
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        found.putIfAbsent(label(cell.getStringCellValue()), cell.getColumnIndex());
                    }
                }
                Map<String, Integer> columns = new HashMap<>();
                for (String wanted : labels) {
                    Integer column = found.get(label(wanted));
                    if (column != null) {
                        columns.put(wanted, column);
                    }
                }
                if (columns.size() == labels.size()) {
                    return new SheetTable(sheet, fileName + "!" + sheet.getSheetName(), r, Map.copyOf(columns));
                }
            }
        }
        throw new ReferenceDataException(fileName, 0, "no header row with the columns " + labels + " in the first "
                + HEADER_SEARCH_ROWS + " rows of " + (sheetName == null ? "any sheet" : "sheet '" + sheetName + "'"));
    }

    private static String label(String text) {
        return CellText.clean(text).toUpperCase(Locale.ROOT);
    }

    String source() {
        return source;
    }

    /** The data rows below the header, skipping rows that are entirely blank. */
    List<Row> dataRows() {
        List<Row> rows = new ArrayList<>();
        for (int r = headerRowIndex + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !isBlank(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The cleaned text of the cell under {@code label}; numbers are shown as Excel shows them. */
    String text(Row row, String label) {
        Cell cell = row.getCell(column(label));
        return cell == null ? "" : CellText.clean(display(cell, row, label));
    }

    /**
     * The cleaned text of a code cell, which must be stored as text: a code typed as a number has lost its leading
     * zeros (or the trailing zero of {@code 88.70}) and cannot be trusted.
     */
    String code(Row row, String label) {
        Cell cell = row.getCell(column(label));
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.STRING && type != CellType.BLANK) {
            throw refuse(row, label + " is stored as " + type + " (" + display(cell, row, label)
                    + "), not as text; a code must be text to keep its zeros");
        }
        return CellText.clean(display(cell, row, label));
    }

    ReferenceDataException refuse(Row row, String reason) {
        return new ReferenceDataException(source, row.getRowNum() + 1L, reason);
    }

    private int column(String label) {
        Integer column = columns.get(label);
        if (column == null) {
            throw new IllegalArgumentException("label not asked for when the table was found: " + label);
        }
        return column;
    }

    private String display(Cell cell, Row row, String label) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case BLANK -> "";
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            default -> throw refuse(row, label + " holds an error or unknown cell (" + type + ")");
        };
    }

    private boolean isBlank(Row row) {
        for (Cell cell : row) {
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.STRING ? !CellText.clean(cell.getStringCellValue()).isEmpty() : type != CellType.BLANK) {
                return false;
            }
        }
        return true;
    }
}
