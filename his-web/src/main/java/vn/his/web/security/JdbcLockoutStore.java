package vn.his.web.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Failed sign-ins per user name in the table {@code login_lockout} (migration web 65), so every application node sees
 * the same count and lock and a restart forgets nothing. Each change is one conditional statement (auto-commit, no
 * transaction of the caller's), atomic under the row lock of the database, so failures counted on two nodes at the
 * same moment add up. The window is fixed from the first failure counted (a failure after the window starts a new
 * one). Times are stored in UTC.
 */
public class JdbcLockoutStore implements LockoutStore {

    /** Longest user name kept as a key: longer ones (never valid names) are cut, so they still count. */
    static final int MAX_KEY = 100;
    /** Every this many failures, rows with neither a lock nor a failure in the window are deleted. */
    static final int PRUNE_EVERY = 200;

    private final JdbcTemplate jdbc;
    private final AtomicLong failuresSeen = new AtomicLong();

    public JdbcLockoutStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lockedUntil(String username, Instant now) {
        List<Timestamp> until = jdbc.queryForList("SELECT locked_until FROM login_lockout WHERE username = ? "
                + "AND locked_until > ?", Timestamp.class, key(username), utc(now));
        return until.stream().findFirst().map(t -> t.toLocalDateTime().toInstant(ZoneOffset.UTC));
    }

    @Override
    public void recordFailure(String username, Instant now, int maxFailures, Duration window, Duration lockDuration) {
        String key = key(username);
        Timestamp at = utc(now);
        Timestamp windowFrom = utc(now.minus(window));
        if (failuresSeen.incrementAndGet() % PRUNE_EVERY == 0) {
            jdbc.update("DELETE FROM login_lockout WHERE (locked_until IS NULL OR locked_until <= ?) "
                    + "AND last_failure <= ?", at, windowFrom);
        }
        if (!count(key, at, windowFrom)) {
            try {
                jdbc.update("INSERT INTO login_lockout (username, failures, window_start, locked_until, last_failure) "
                        + "VALUES (?, 1, ?, NULL, ?)", key, at, at);
            } catch (DuplicateKeyException raced) {
                count(key, at, windowFrom); // another node inserted it first (or it is locked: then nothing changes)
            }
        }
        // the assignments are ordered so MySQL's left-to-right evaluation and H2's standard one agree
        jdbc.update("UPDATE login_lockout SET locked_until = ? WHERE username = ? AND locked_until IS NULL "
                + "AND failures >= ?", utc(now.plus(lockDuration)), key, maxFailures);
    }

    /**
     * Adds one failure to an existing row that is not locked now; a row whose window has passed, or whose lock has
     * ended, starts again at one. False when no such row exists (absent, or locked: a locked name's refused attempts
     * neither count nor lengthen the lock).
     */
    private boolean count(String key, Timestamp at, Timestamp windowFrom) {
        int updated = jdbc.update("UPDATE login_lockout SET "
                        + "failures = CASE WHEN window_start <= ? OR locked_until IS NOT NULL THEN 1 ELSE failures + 1 END, "
                        + "window_start = CASE WHEN window_start <= ? OR locked_until IS NOT NULL THEN ? ELSE window_start END, "
                        + "last_failure = ?, locked_until = NULL "
                        + "WHERE username = ? AND (locked_until IS NULL OR locked_until <= ?)",
                windowFrom, windowFrom, at, at, key, at);
        if (updated > 0) {
            return true;
        }
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM login_lockout WHERE username = ?", Integer.class, key);
        return rows != null && rows > 0;
    }

    @Override
    public boolean clear(String username) {
        return jdbc.update("DELETE FROM login_lockout WHERE username = ?", key(username)) > 0;
    }

    @Override
    public List<LockedAccount> locked(Instant now) {
        return jdbc.query("SELECT username, failures, locked_until FROM login_lockout WHERE locked_until > ? "
                        + "ORDER BY locked_until, username",
                (rs, n) -> new LockedAccount(rs.getString(1), rs.getInt(2),
                        rs.getTimestamp(3).toLocalDateTime().toInstant(ZoneOffset.UTC)), utc(now));
    }

    private static String key(String username) {
        return username.length() > MAX_KEY ? username.substring(0, MAX_KEY) : username;
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
