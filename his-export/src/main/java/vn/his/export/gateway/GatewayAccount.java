package vn.his.export.gateway;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The gateway account of one facility site, with the clear-text password held only in memory (stored encrypted
 * with {@link CredentialCipher}). {@code toString()} never shows the password nor its hash.
 *
 * @param username account issued by BHXH (public code shows {@code <MA_CSKCB>_BV}, xml130.md §6.2 [C])
 * @param password clear-text password; the gateway receives only its upper-case MD5 (CV 1245 §I.1)
 * @param maTinh   2-digit province code of the facility ({@code maTinh} form field). Kept separate from the facility
 *                 code because codes can be reissued across provinces (bhyt-rules.md §4.1)
 * @param maCskcb  5-digit facility code ({@code maCSKCB} form field)
 */
public record GatewayAccount(String username, String password, String maTinh, String maCskcb) {

    private static final Pattern PROVINCE = Pattern.compile("\\d{2}");
    private static final Pattern FACILITY = Pattern.compile("\\d{5}");

    public GatewayAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(maTinh, "maTinh");
        Objects.requireNonNull(maCskcb, "maCskcb");
        if (username.isBlank() || username.length() > 100 || !username.strip().equals(username)) {
            throw new IllegalArgumentException("gateway username must be 1..100 characters without surrounding blanks");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("gateway password must not be empty");
        }
        if (!PROVINCE.matcher(maTinh).matches()) {
            throw new IllegalArgumentException("maTinh must be 2 digits: " + maTinh);
        }
        if (!FACILITY.matcher(maCskcb).matches()) {
            throw new IllegalArgumentException("maCSKCB must be 5 digits: " + maCskcb);
        }
    }

    /** Upper-case hex MD5 of the password, as the gateway expects it in {@code password} and {@code passwordHash}. */
    public String passwordHash() {
        return PasswordDigest.md5UpperHex(password);
    }

    @Override
    public String toString() {
        return "GatewayAccount[username=" + username + ", password=***, maTinh=" + maTinh + ", maCskcb=" + maCskcb + "]";
    }
}
