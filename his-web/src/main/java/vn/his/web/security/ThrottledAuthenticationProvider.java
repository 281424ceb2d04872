package vn.his.web.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The user name and password check of form login and HTTP Basic, behind the {@link LoginThrottle}: a locked user name
 * or address is refused before the password is even compared; wrong credentials count, a success resets.
 */
public class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    public ThrottledAuthenticationProvider(HisUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        var until = throttle.lockedUntil(username, address);
        if (until.isPresent()) {
            throw new TemporarilyLockedException(until.get(), throttle.remaining(until.get()));
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.recordSuccess(username);
            return result;
        } catch (BadCredentialsException e) {
            // unknown user names are reported as bad credentials too (hideUserNotFoundExceptions), so they count
            throttle.recordFailure(username, address);
            throw e;
        }
    }
}
