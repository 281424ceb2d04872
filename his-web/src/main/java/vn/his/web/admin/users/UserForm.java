package vn.his.web.admin.users;

import java.util.List;

/**
 * A user to create or change (screen form and JSON body). {@code password} only on creation; {@code roles} are
 * {@link vn.his.web.security.Role} names; {@code facilityId} may be empty only for an ADMIN.
 */
public record UserForm(String username, String fullName, String password, Long facilityId, List<String> roles) {

    public List<String> roles() {
        return roles == null ? List.of() : roles;
    }
}
