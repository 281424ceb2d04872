package vn.his.web.security;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserCache;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The user name and password check of form login and HTTP Basic, behind the {@link LoginThrottle}: a locked user name
 * or address is refused before the password is even compared; wrong credentials count, a success resets. The lockout
 * state lives in the database (JdbcLockoutStore): when it cannot be read or written, sign-in fails as an internal
 * authentication error carrying the cause, which the API answers 503 (SecurityErrorResponses), never a raw 500.
 */
public class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    public ThrottledAuthenticationProvider(HisUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                           UserCache recentUsers) {
        super(users);
        setPasswordEncoder(encoder);
        setUserCache(recentUsers);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        Optional<Instant> until = lockoutState(() -> throttle.lockedUntil(username, address));
        if (until.isPresent()) {
            throw new TemporarilyLockedException(until.get(), throttle.remaining(until.get()));
        }
        try {
            Authentication result = super.authenticate(authentication);
            lockoutState(() -> {
                throttle.recordSuccess(username);
                return null;
            });
            return result;
        } catch (BadCredentialsException e) {
            // unknown user names are reported as bad credentials too (hideUserNotFoundExceptions), so they count
            lockoutState(() -> {
                throttle.recordFailure(username, address);
                return null;
            });
            throw e;
        }
    }

    private static <T> T lockoutState(Supplier<T> access) {
        try {
            return access.get();
        } catch (DataAccessException e) {
            throw new InternalAuthenticationServiceException("the sign-in lockout state is unavailable", e);
        }
    }
}
