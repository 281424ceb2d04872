package vn.his.web.submissions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.his.export.outbox.SubmissionKind;
import vn.his.export.outbox.SubmissionStatus;
import vn.his.web.api.ApiProblemHandler;
import vn.his.web.api.PageView;
import vn.his.web.audit.AuditTrail;

/**
 * The delivery ledger on the JSON API (errors as RFC 9457 problem details, {@link ApiProblemHandler}), in the caller's
 * facility scope (see {@link SubmissionService}):
 * <ul>
 *   <li>{@code GET /api/v1/submissions?facility=&status=&kind=&maLk=&from=&to=&page=&size=} — newest first,
 *       {@link PageView};</li>
 *   <li>{@code GET /api/v1/submissions/{id}} — one submission with every attempt and re-queue;</li>
 *   <li>{@code POST /api/v1/submissions/{id}/requeue} {@code {"reason":"..."}} — a DEAD or REJECTED submission back
 *       to QUEUED (insurance officer of the province, billing clerk of the facility, administrator).</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/submissions")
@Tag(name = "Submissions", description = "Delivery of check-ins (XML0) and claim dossiers to the BHXH gateway")
public class SubmissionsController {

    private final SubmissionService submissions;
    private final AuditTrail audit;

    public SubmissionsController(SubmissionService submissions, AuditTrail audit) {
        this.submissions = submissions;
        this.audit = audit;
    }

    public record RequeueBody(String reason) {
    }

    @GetMapping
    @Operation(summary = "Submissions newest first in the user's facility scope; from/to are days of queueing "
            + "(to inclusive); several facility or status values may be given")
    public PageView<SubmissionSummary> list(
            @Parameter(description = "MA_CSKCB; omitted: every facility in scope") @RequestParam(required = false)
            List<String> facility,
            @RequestParam(required = false) Set<SubmissionStatus> status,
            @Parameter(description = "CHECK_IN (XML0) or DOSSIER (GIAMDINHHS)") @RequestParam(required = false)
            SubmissionKind kind,
            @RequestParam(required = false) String maLk,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageView<SubmissionSummary> found = submissions.page(new SubmissionFilter(facility, status, kind,
                blank(maLk) ? null : maLk.strip(), from, to), page, size);
        audit.viewAll(AuditTrail.Resource.ENCOUNTER,
                found.items().stream().map(SubmissionSummary::encounterId).distinct().toList(), AuditTrail.Channel.API);
        return found;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One submission with every attempt (time, SHA-256, HTTP status, maKetQua, thongDiep, "
            + "maGiaoDich) and every re-queue")
    public SubmissionDetail one(@PathVariable long id) {
        SubmissionDetail detail = submissions.detail(id);
        audit.view(AuditTrail.Resource.ENCOUNTER, detail.submission().encounterId(), AuditTrail.Channel.API);
        return detail;
    }

    @PostMapping("/{id}/requeue")
    @Operation(summary = "Re-queue a DEAD or REJECTED submission with a reason (insurance officer of the province, "
            + "billing clerk of the facility, administrator); recorded in the audit trail")
    public SubmissionDetail requeue(@PathVariable long id, @RequestBody(required = false) RequeueBody body) {
        return submissions.requeue(id, body == null ? null : body.reason(), AuditTrail.Channel.API);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
