package vn.his.web.admin.users;

import java.time.LocalDateTime;
import java.util.List;

import vn.his.web.security.Role;

/**
 * A user as the administrators see it (never the password hash).
 *
 * @param lockedUntil end of the sign-in lock in Vietnam time, or null when not locked
 */
public record UserRow(long id, String username, String fullName, Long facilityId, String facilityCode,
                      String facilityName, List<Role> roles, boolean enabled, boolean demoData, LocalDateTime createdAt,
                      LocalDateTime lockedUntil) {

    public boolean locked() {
        return lockedUntil != null;
    }

}
