package vn.his.web.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the security layer keeps it (in the session for screens, per request for the API): who, which
 * facility and province, which roles. Plain values only, so it can live in an HTTP session.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long userId;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final Long facilityId;
    private final String facilityName;
    private final String provinceCode;
    private final Set<Role> roles;
    private final boolean enabled;

    public SignedInUser(Long userId, String username, String passwordHash, String fullName, Long facilityId,
                        String facilityName, String provinceCode, Set<Role> roles, boolean enabled) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.facilityId = facilityId;
        this.facilityName = facilityName;
        this.provinceCode = provinceCode;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
    }

    public Long userId() { return userId; }
    public String fullName() { return fullName; }
    /** The facility the user works at; null only for an administrator without one. */
    public Long facilityId() { return facilityId; }
    public String facilityName() { return facilityName; }
    /** The province of the user's facility (2 digits); null without a facility. */
    public String provinceCode() { return provinceCode; }
    public Set<Role> roles() { return EnumSet.copyOf(roles); }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** A copy with its own password field (the provider erases the password of the user it hands out). */
    public SignedInUser copy() {
        return new SignedInUser(userId, username, passwordHash, fullName, facilityId, facilityName, provinceCode, roles,
                enabled);
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return username + List.copyOf(roles) + "@" + facilityId;
    }
}
