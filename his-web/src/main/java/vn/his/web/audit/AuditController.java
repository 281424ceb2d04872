package vn.his.web.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.PageView;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.Role;

/** The audit trail for administrators: {@code /api/v1/audit}. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
public class AuditController {

    private final AuditTrail trail;
    private final AccessPolicy policy;

    public AuditController(AuditTrail trail, AccessPolicy policy) {
        this.trail = trail;
        this.policy = policy;
    }

    @GetMapping
    @Operation(summary = "Audit events, newest first (ADMIN only); from/to are days (to inclusive)")
    public PageView<AuditEvent> find(@RequestParam(required = false) String resourceType,
                                     @RequestParam(required = false) Long resourceId,
                                     @RequestParam(required = false) String username,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "50") int size) {
        policy.requireAnyRole(Role.ADMIN);
        PageView.check(page, size);
        if (resourceType != null) {
            try {
                AuditTrail.Resource.valueOf(resourceType);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("api.audit.resourceType", "resourceType", resourceType);
            }
        }
        return trail.find(new AuditTrail.Query(resourceType, resourceId, username,
                from == null ? null : from.atStartOfDay(), to == null ? null : to.plusDays(1).atStartOfDay()), page, size);
    }
}
