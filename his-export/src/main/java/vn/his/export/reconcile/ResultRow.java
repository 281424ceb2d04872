package vn.his.export.reconcile;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a gateway assessment result file as read, before matching. {@code problemKey} is set (with its
 * arguments) when the row itself is malformed: it is then kept as INVALID with that message, never dropped.
 *
 * @param sourceRow  the row number a clerk sees: the spreadsheet row (1-based) or the n-th {@code DONG} element
 * @param maGiaoDich the gateway's transaction id of the file assessed, when the file gives it (names the version)
 * @param tableCode  XML2 or XML3 for a line; {@code null} for a result that concerns the whole claim
 * @param stt        STT of the line in that table; {@code null} for the whole claim
 * @param itemCode   MA_THUOC (XML2) or MA_DICH_VU / MA_VAT_TU (XML3) when the file gives it, checked against the line
 */
public record ResultRow(int sourceRow, String maLk, String maGiaoDich, String facilityCode, String tableCode, Integer stt,
                        String itemCode, BigDecimal claimed, BigDecimal accepted, BigDecimal refused,
                        String reasonCode, String reasonText, String problemKey, List<Object> problemArgs) {

    public ResultRow {
        problemArgs = problemArgs == null ? List.of() : List.copyOf(problemArgs);
    }

    public boolean valid() {
        return problemKey == null;
    }

    /** The line this row is about, for messages: "XML2 STT 3" or the whole claim. */
    public boolean lineLevel() {
        return stt != null;
    }
}
