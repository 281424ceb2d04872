package vn.his.web.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.facility.Facility;

/** Loads users from the {@code web_user} table for form login and HTTP Basic. */
@Service
public class HisUserDetailsService implements UserDetailsService {

    private final HisUserRepository users;

    public HisUserDetailsService(HisUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        HisUser u = users.findByUsername(username == null ? "" : username.strip().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        Facility f = u.facility();
        return new SignedInUser(u.id(), u.username(), u.passwordHash(), u.fullName(), f == null ? null : f.id(),
                f == null ? null : f.name(), f == null ? null : f.provinceCode(), u.roles(), u.enabled());
    }
}
