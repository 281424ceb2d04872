package vn.his.web.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.his.core.facility.Facility;
import vn.his.web.security.Role;
import vn.his.web.security.SignedInUser;

/** MockMvc requests made as a signed-in user of a facility, for tests that do not go through the login form. */
public final class SignedInUsers {

    private SignedInUsers() {
    }

    /** A user with {@code role} working at {@code facility} (province taken from its province code). */
    public static RequestPostProcessor as(Role role, Facility facility) {
        SignedInUser user = new SignedInUser(null, role.name().toLowerCase() + "@" + facility.id(), "", role.name(),
                facility.id(), facility.name(), facility.provinceCode(), Set.of(role), true);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** An administrator without a facility (reads and changes everything). */
    public static RequestPostProcessor administrator() {
        SignedInUser user = new SignedInUser(null, "admin", "", "ADMIN", null, null, null, Set.of(Role.ADMIN), true);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
