package vn.his.web.submissions;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.common.DomainException;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.export.outbox.SubmissionLedger;
import vn.his.export.outbox.SubmissionStatus;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.PageView;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.audit.AuditTrail;
import vn.his.web.claims.ClaimAccess;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.Role;

/**
 * The outbox as people see it, in their facility scope (the rules of {@link ClaimAccess}: a billing clerk their own
 * facility, an insurance officer every facility of their province, an administrator all): lists, one submission with
 * its attempts, and the re-queue of a DEAD or REJECTED submission. Re-queueing changes no claim content — the same
 * signed bytes are sent again — so it is open to the province's insurance officer as well as to the facility's
 * billing clerk and the administrator; it is written to the audit trail in the transaction of the change.
 */
@Service
public class SubmissionService {

    public static final int MAX_REASON = 1000;

    private final SubmissionQuery query;
    private final SubmissionLedger ledger;
    private final ClaimAccess claimAccess;
    private final AccessPolicy access;
    private final FacilityRepository facilities;
    private final AuditTrail audit;

    public SubmissionService(SubmissionQuery query, SubmissionLedger ledger, ClaimAccess claimAccess,
                             AccessPolicy access, FacilityRepository facilities, AuditTrail audit) {
        this.query = query;
        this.ledger = ledger;
        this.claimAccess = claimAccess;
        this.access = access;
        this.facilities = facilities;
        this.audit = audit;
    }

    /** A page of submissions; a requested facility outside the scope 403, an unknown one 400 on {@code facility}. */
    @Transactional(readOnly = true)
    public PageView<SubmissionSummary> page(SubmissionFilter filter, int page, int size) {
        PageView.check(page, size);
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidRequestException("api.submission.periodReversed", "to");
        }
        List<String> codes = claimAccess.readableCodes(filter.facilities(), "facility");
        return query.page(new SubmissionFilter(codes, filter.statuses(), filter.kind(), filter.maLk(), filter.from(),
                filter.to()), page, size);
    }

    /** One submission with its attempts and re-queues; 404 unknown, 403 outside the scope. */
    @Transactional(readOnly = true)
    public SubmissionDetail detail(long id) {
        SubmissionDetail d = ledger.detail(id).map(SubmissionDetail::of)
                .orElseThrow(() -> new ResourceNotFoundException("api.submission.notFound", String.valueOf(id)));
        claimAccess.requireClaimRole();
        access.requireRead(facilityOf(d.submission().facilityCode()));
        return d;
    }

    /** The submissions of one claim (MA_LK) of a facility the caller may read. */
    @Transactional(readOnly = true)
    public List<SubmissionDetail> ofClaim(String facilityCode, String maLk) {
        claimAccess.requireClaimRole();
        access.requireRead(facilityOf(facilityCode));
        return query.ofClaim(facilityCode, maLk).stream()
                .map(s -> ledger.detail(s.id()).map(SubmissionDetail::of).orElseThrow()).toList();
    }

    /** Whether the signed-in user may re-queue the submissions of {@code facilityCode}. */
    public boolean canRequeue(String facilityCode) {
        if (!access.current().roles().stream().anyMatch(r -> r == Role.INSURANCE_OFFICER || r == Role.BILLING_CLERK
                || r == Role.ADMIN)) {
            return false;
        }
        Optional<Facility> f = facilities.findByCode(facilityCode);
        return f.isPresent() && access.canRead(f.get());
    }

    /**
     * Puts a DEAD or REJECTED submission back in the queue with a reason, recorded in the outbox's own history and in
     * the audit trail (one transaction: both or neither). 400 without a reason, 404 unknown, 403 outside the scope or
     * for another role, 422 when it is in another status.
     */
    public SubmissionDetail requeue(long id, String reason, AuditTrail.Channel channel) {
        SubmissionDetail before = detail(id);
        access.requireAnyRole(Role.INSURANCE_OFFICER, Role.BILLING_CLERK, Role.ADMIN);
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("api.submission.reasonRequired", "reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidRequestException("api.submission.reasonTooLong", "reason", MAX_REASON);
        }
        if (before.submission().status() != SubmissionStatus.DEAD
                && before.submission().status() != SubmissionStatus.REJECTED) {
            throw new DomainException("export.outbox.notRequeueable", id, before.submission().status().name());
        }
        String by = access.current().getUsername();
        audit.change(AuditTrail.Action.UPDATE, AuditTrail.Resource.SUBMISSION, id, channel,
                () -> ledger.requeue(id, by, reason));
        return detail(id);
    }

    private Facility facilityOf(String code) {
        return facilities.findByCode(code)
                .orElseThrow(() -> new ResourceNotFoundException("api.facility.notFound", code));
    }
}
