package vn.his.export.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the gateway password of a facility for storage, with AES-256-GCM and a key taken from configuration
 * (base64 of 32 random bytes), so that the database holds only ciphertext. A stored value is
 * {@code v1:} + base64(12-byte nonce ‖ ciphertext ‖ 16-byte tag). The {@code context} (e.g. facility code and
 * account name) is authenticated as associated data: a ciphertext copied to another facility's row does not
 * decrypt. The key never appears in {@code toString()} or messages.
 */
public final class CredentialCipher {

    private static final String VERSION = "v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random;

    private CredentialCipher(byte[] keyBytes, SecureRandom random) {
        this.key = new SecretKeySpec(keyBytes, "AES");
        this.random = random;
    }

    /** A cipher with the configured key (base64, 256 bit). */
    public static CredentialCipher fromBase64Key(String base64Key) {
        Objects.requireNonNull(base64Key, "base64Key");
        byte[] keyBytes;
        try {
            keyBytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("the credential key is not base64");
        }
        if (keyBytes.length != KEY_BYTES) {
            Arrays.fill(keyBytes, (byte) 0);
            throw new IllegalArgumentException("the credential key must be 256 bit (32 bytes) in base64");
        }
        CredentialCipher cipher = new CredentialCipher(keyBytes, new SecureRandom());
        Arrays.fill(keyBytes, (byte) 0);
        return cipher;
    }

    /** A fresh random key in the configuration format, for installers. */
    public static String newBase64Key() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(KEY_BYTES * 8, new SecureRandom());
            return Base64.getEncoder().encodeToString(generator.generateKey().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is required of every Java platform", e);
        }
    }

    public String encrypt(String plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(context, "context");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
            return VERSION + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * The password stored by {@link #encrypt}. Fails when the value was altered, was made with another key or for
     * another context.
     */
    public String decrypt(String stored, String context) {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(context, "context");
        if (!stored.startsWith(VERSION)) {
            throw new IllegalArgumentException("not an encrypted credential (expected prefix " + VERSION + ")");
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("encrypted credential is not base64");
        }
        if (all.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("encrypted credential is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException wrong) {
            throw new IllegalArgumentException("encrypted credential does not match the key or the context, or was altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    @Override
    public String toString() {
        return "CredentialCipher[AES-256-GCM, key=***]";
    }
}
