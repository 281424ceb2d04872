package vn.his.export.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The password transform the gateway requires: MD5 of the UTF-8 bytes, upper-case hexadecimal
 * ("Mật khẩu truy cập được cấp (mã hóa MD5 uppercase)", CV 1245/BHXH-CNTT §I.1.2). MD5 is the gateway's choice,
 * not a protection: the hash is a password equivalent and is treated as a secret.
 */
public final class PasswordDigest {

    private PasswordDigest() {
    }

    public static String md5UpperHex(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }
}
