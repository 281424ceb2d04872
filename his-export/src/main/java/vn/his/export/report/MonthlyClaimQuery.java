package vn.his.export.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The monthly report's figures without the workbook, for a screen: one pass over the same {@link ClaimReportRows}
 * stream as {@link MonthlyClaimReport}, adding every row to a {@link MonthlyClaimSummary} and keeping only the rows
 * of the page asked for, so the totals are those of the whole period and memory holds one page.
 */
@Component
public class MonthlyClaimQuery {

    private final ClaimReportRows rows;

    public MonthlyClaimQuery(ClaimReportRows rows) {
        this.rows = rows;
    }

    /** The summary of the period and one page of its rows (page from 0; size 0 for the summary alone). */
    public record View(MonthlyClaimSummary summary, List<ClaimReportRow> rows, int page, int size) {

        public int totalRows() {
            return summary.total().count();
        }

        public int totalPages() {
            return size == 0 ? 0 : (totalRows() + size - 1) / size;
        }

        /** The row number (from 1) of the first row of the page. */
        public int firstRowNumber() {
            return page * size + 1;
        }
    }

    /** NGAY_RA on {@code first}…{@code last}, both days included. */
    public View view(ReportScope scope, LocalDate first, LocalDate last, int page, int size) {
        if (page < 0 || size < 0) {
            throw new IllegalArgumentException("page and size must not be negative");
        }
        MonthlyClaimSummary summary = new MonthlyClaimSummary();
        List<ClaimReportRow> kept = new ArrayList<>(size);
        long from = (long) page * size;
        long to = from + size;
        rows.stream(scope, first, last, r -> {
            long index = summary.total().count();
            summary.add(r);
            if (index >= from && index < to) {
                kept.add(r);
            }
        });
        return new View(summary, List.copyOf(kept), page, size);
    }
}
