package vn.his.web.admin;

import org.springframework.stereotype.Component;

import vn.his.web.security.AccessPolicy;
import vn.his.web.security.Role;
import vn.his.web.security.SignedInUser;

/**
 * The administrators' services call this first: whatever the URL rules say, only an ADMIN gets past (403 otherwise).
 */
@Component
public class AdminAccess {

    private final AccessPolicy policy;

    public AdminAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    /** The signed-in administrator; refuses (403) anyone else. */
    public SignedInUser require() {
        policy.requireAnyRole(Role.ADMIN);
        return policy.current();
    }
}
