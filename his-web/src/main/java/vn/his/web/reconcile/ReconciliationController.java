package vn.his.web.reconcile;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.his.core.i18n.Messages;
import vn.his.export.reconcile.ClaimHistoryEntry;
import vn.his.export.reconcile.ClaimReconciliation;
import vn.his.export.reconcile.ImportResult;
import vn.his.web.api.ApiLocale;

/**
 * Reconciliation of claims with the gateway's assessment on the JSON API (problem+json errors by
 * {@code ApiProblemHandler}); the rules and scoping are in {@link ClaimTracking} (the screens use the same):
 * <ul>
 *   <li>{@code POST /api/v1/claims/assessment-results} (multipart, part {@code file}: xlsx or XML in the layouts of
 *   the README) — imports the results: 201 with the counts and a message per row, or 200 with the first import when
 *   the same file was imported before. Billing clerks import for their own facility (rows of other facilities are
 *   kept as unmatched), administrators for all; insurance officers read but never change a facility's records.</li>
 *   <li>{@code GET /api/v1/claims/assessment-results/{id}} — an earlier import (importers only).</li>
 *   <li>{@code GET /api/v1/claims/{maLk}/history} — the status history of every version of the claim.</li>
 *   <li>{@code GET /api/v1/claims/{maLk}/reconciliation} — claimed, accepted and refused per version and per line,
 *   with what the next version (the correction) claims for a refused line.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/claims")
public class ReconciliationController {

    private final ClaimTracking tracking;

    public ReconciliationController(ClaimTracking tracking) {
        this.tracking = tracking;
    }

    public record Counts(int rows, int matched, int unmatched, int invalid, int duplicate, int replaced) {
    }

    public record RowView(int row, String outcome, String outcomeText, String maLk, Integer claimNo, String table,
                          Integer stt, String code, String message) {
    }

    public record ImportView(long importId, String fileName, String format, LocalDateTime importedAt,
                             String importedBy, boolean alreadyImported, String message, Counts counts,
                             List<RowView> rows) {
    }

    public record HistoryView(long id, int claimNo, String stage, String stageText, LocalDateTime at,
                              BigDecimal claimed, BigDecimal accepted, BigDecimal refused, Long submissionId,
                              String maGiaoDich, Long importId, String actor, String note) {
    }

    @PostMapping(value = "/assessment-results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportView> importResults(@RequestParam(name = "file", required = false) MultipartFile file,
                                                    HttpServletRequest request) throws IOException {
        Locale locale = ApiLocale.of(request);
        ImportResult result = tracking.importFile(file);
        return ResponseEntity.status(result.alreadyImported() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(view(result, locale));
    }

    @GetMapping("/assessment-results/{id}")
    public ImportView importById(@PathVariable long id, HttpServletRequest request) {
        return view(tracking.find(id), ApiLocale.of(request));
    }

    @GetMapping("/{maLk}/history")
    public List<HistoryView> history(@PathVariable String maLk, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        return tracking.history(maLk).stream().map(h -> history(h, locale)).toList();
    }

    @GetMapping("/{maLk}/reconciliation")
    public ClaimReconciliation reconciliation(@PathVariable String maLk) {
        return tracking.reconciliation(maLk);
    }

    static ImportView view(ImportResult r, Locale locale) {
        List<RowView> rows = r.rowReports().stream().map(row -> new RowView(row.sourceRow(), row.outcome().name(),
                Messages.get(locale, "reconcile.outcome." + row.outcome().name()), row.maLk(), row.claimNo(),
                row.tableCode(), row.stt(), row.messageKey(),
                Messages.get(locale, row.messageKey(), row.messageArgs().toArray()))).toList();
        String message = r.alreadyImported()
                ? Messages.get(locale, "reconcile.api.alreadyImported", String.valueOf(r.importId()), r.importedBy())
                : Messages.get(locale, "reconcile.api.imported", r.rows(), r.matched(), r.unmatched() + r.invalid(),
                        r.duplicate());
        return new ImportView(r.importId(), r.fileName(), r.format(), r.importedAt(), r.importedBy(),
                r.alreadyImported(), message, new Counts(r.rows(), r.matched(), r.unmatched(), r.invalid(),
                r.duplicate(), r.replaced()), rows);
    }

    static HistoryView history(ClaimHistoryEntry h, Locale locale) {
        return new HistoryView(h.id(), h.claimNo(), h.stage().name(),
                Messages.get(locale, "reconcile.stage." + h.stage().name()), h.at(), h.claimed(), h.accepted(),
                h.refused(), h.submissionId(), h.maGiaoDich(), h.importId(), h.actor(), h.note());
    }
}
