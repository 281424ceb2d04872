package vn.his.web.admin.users;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import vn.his.web.api.InvalidRequestException;

/**
 * What a password set by an administrator must be: at least {@value #MIN_LENGTH} characters (as the bootstrap
 * administrator's), at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt reads no further), and not containing the user
 * name. Plain Java.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Refuses (400 on {@code password}) a password outside the policy. */
    public static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidRequestException("admin.user.password.short", "password", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidRequestException("admin.user.password.long", "password", MAX_BYTES);
        }
        if (password.isBlank()) {
            throw new InvalidRequestException("admin.user.password.short", "password", MIN_LENGTH);
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidRequestException("admin.user.password.username", "password");
        }
    }
}
