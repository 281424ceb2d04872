package vn.his.export.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FormBodyTest {

    @Test
    void base64SpecialCharactersArePercentEncoded() {
        String encoded = new FormBody().add("fileHSBase64", "ab+/cd==").add("maTinh", "01").encode();

        assertThat(encoded).isEqualTo("fileHSBase64=ab%2B%2Fcd%3D%3D&maTinh=01");
    }

    @Test
    void vietnameseTextIsUtf8Encoded() {
        assertThat(new FormBody().add("hoTen", "Nguyễn Ánh").encode()).isEqualTo("hoTen=Nguy%E1%BB%85n+%C3%81nh");
    }

    @Test
    void anyBase64PayloadSurvivesFormDecodingUnchanged() {
        long seed = 20261123L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[random.nextInt(0, 200)];
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = (byte) random.nextInt(256);
            }
            String base64 = Base64.getEncoder().encodeToString(bytes);
            String form = new FormBody().add("fileHSBase64", base64).encode();
            String value = URLDecoder.decode(form.substring("fileHSBase64=".length()), StandardCharsets.UTF_8);

            assertThat(value).as("seed %d case %d", seed, i).isEqualTo(base64);
            assertThat(form.substring("fileHSBase64=".length())).as("seed %d case %d", seed, i)
                    .doesNotContain("+", "/", "=");
        }
    }
}
