package vn.his.web.audit;

import java.time.LocalDateTime;

/** One recorded access to a patient record or an encounter, or an administrator's change ({@code detail}). */
public record AuditEvent(long id, LocalDateTime at, String username, Long facilityId, String role, String action,
                         String resourceType, long resourceId, String channel, String requestPath, String remoteAddress,
                         String detail) {
}
