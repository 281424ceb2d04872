package vn.his.export.reconcile;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an import of a gateway assessment result file did.
 *
 * @param alreadyImported the same file (same SHA-256) had been imported before: nothing changed, and the counts and
 *                        rows are those of that first import
 */
public record ImportResult(long importId, String fileName, String format, LocalDateTime importedAt, String importedBy,
                           boolean alreadyImported, int rows, int matched, int unmatched, int invalid, int duplicate,
                           int replaced, List<RowReport> rowReports) {

    /** One row of the file and what became of it; the message renders in any language from its key. */
    public record RowReport(int sourceRow, ImportOutcome outcome, String maLk, Integer claimNo, String tableCode,
                            Integer stt, String messageKey, List<String> messageArgs) {
    }
}
