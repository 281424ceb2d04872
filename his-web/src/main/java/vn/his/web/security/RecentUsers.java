package vn.his.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.userdetails.UserCache;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A few seconds' memory of the users loaded for sign-in, so that a system account calling the API with HTTP Basic on
 * every request does not read {@code web_user} and its facility on every call (two queries per call, a tenth of a
 * REST call's CPU in bench-rest).
 * <p>
 * What it may hide, and for how long: a change made on another node (or straight in the database) reaches this node's
 * sign-ins after at most {@code ttl}; changes made through this node's user administration evict the user at once
 * ({@link #removeUserFromCache}). A new password always works at once: the provider reloads the user when the cached
 * hash does not match. An old password keeps working on another node for at most {@code ttl}. Each caller gets its own
 * copy, because the provider erases the password of the user it returns. {@code ttl} zero turns it off.
 */
public final class RecentUsers implements UserCache {

    private record Entry(SignedInUser user, Instant until) {
    }

    private final Duration ttl;
    private final int capacity;
    private final Clock clock;
    private final Map<String, Entry> users = new ConcurrentHashMap<>();

    public RecentUsers(Duration ttl, int capacity, Clock clock) {
        if (ttl.isNegative() || capacity < 0) {
            throw new IllegalArgumentException("ttl " + ttl + ", capacity " + capacity);
        }
        this.ttl = ttl;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public UserDetails getUserFromCache(String username) {
        if (username == null) {
            return null;
        }
        String key = key(username);
        Entry e = users.get(key);
        if (e == null) {
            return null;
        }
        if (!clock.instant().isBefore(e.until())) {
            users.remove(key, e);
            return null;
        }
        return e.user().copy();
    }

    @Override
    public void putUserInCache(UserDetails user) {
        if (ttl.isZero() || capacity == 0 || !(user instanceof SignedInUser u) || u.getPassword() == null) {
            return;
        }
        Instant now = clock.instant();
        if (users.size() >= capacity) {
            users.values().removeIf(e -> !now.isBefore(e.until()));
            if (users.size() >= capacity) {
                users.clear(); // many distinct names in a few seconds: start again rather than grow
            }
        }
        users.put(key(u.getUsername()), new Entry(u.copy(), now.plus(ttl)));
    }

    @Override
    public void removeUserFromCache(String username) {
        if (username != null) {
            users.remove(key(username));
        }
    }

    /** The key of a user name as {@link HisUserDetailsService} looks it up: trimmed, lower case. */
    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
