package vn.his.export.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordDigestTest {

    @Test
    void md5IsUpperCaseHexOfUtf8Bytes() {
        // RFC 1321 test vectors, in upper case as the gateway wants them (CV 1245 §I.1.2)
        assertThat(PasswordDigest.md5UpperHex("")).isEqualTo("D41D8CD98F00B204E9800998ECF8427E");
        assertThat(PasswordDigest.md5UpperHex("abc")).isEqualTo("900150983CD24FB0D6963F7D28E17F72");
        assertThat(PasswordDigest.md5UpperHex("message digest")).isEqualTo("F96B697D7CB7938D525A2F31AAF161D0");
    }

    @Test
    void nonAsciiPasswordIsHashedAsUtf8() {
        // "đ" is C4 91 in UTF-8; MD5 of those two bytes
        assertThat(PasswordDigest.md5UpperHex("đ"))
                .hasSize(32)
                .matches("[0-9A-F]{32}")
                .isNotEqualTo(PasswordDigest.md5UpperHex("d"));
    }

    @Test
    void accountExposesTheHashButNeverShowsPasswordOrHash() {
        GatewayAccount account = new GatewayAccount("01013_BV", "Mật-khẩu#1", "01", "01013");

        assertThat(account.passwordHash()).isEqualTo(PasswordDigest.md5UpperHex("Mật-khẩu#1"));
        assertThat(account.toString())
                .contains("01013_BV", "01013")
                .doesNotContain("Mật-khẩu#1")
                .doesNotContain(account.passwordHash())
                .doesNotContain(account.passwordHash().toLowerCase());
    }
}
