package vn.his.export.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class CredentialCipherTest {

    private final String key = CredentialCipher.newBase64Key();
    private final CredentialCipher cipher = CredentialCipher.fromBase64Key(key);

    @Test
    void roundTripWithTheSameContext() {
        String stored = cipher.encrypt("Mật khẩu cổng #2026", "01013|01013_BV");

        assertThat(stored).startsWith("v1:").doesNotContain("Mật khẩu");
        assertThat(cipher.decrypt(stored, "01013|01013_BV")).isEqualTo("Mật khẩu cổng #2026");
        assertThat(CredentialCipher.fromBase64Key(key).decrypt(stored, "01013|01013_BV")).isEqualTo("Mật khẩu cổng #2026");
    }

    @Test
    void everyEncryptionUsesAFreshNonce() {
        assertThat(cipher.encrypt("same", "ctx")).isNotEqualTo(cipher.encrypt("same", "ctx"));
    }

    @Test
    void anotherContextAnotherKeyOrAnAlteredValueDoNotDecrypt() {
        String stored = cipher.encrypt("secret", "01013|01013_BV");
        CredentialCipher otherKey = CredentialCipher.fromBase64Key(CredentialCipher.newBase64Key());
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt(stored, "79029|79029_BV")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> otherKey.decrypt(stored, "01013|01013_BV")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt(altered, "01013|01013_BV")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt("secret", "01013|01013_BV")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyMustBe256BitBase64AndNeverShows() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> CredentialCipher.fromBase64Key(shortKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> CredentialCipher.fromBase64Key("not base64 !")).isInstanceOf(IllegalArgumentException.class);
        assertThat(cipher.toString()).doesNotContain(key);
    }
}
