package vn.his.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The web bundles: the plain file is the Vietnamese one, and English has every key. */
class WebMessagesTest {

    static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = new InputStreamReader(WebMessagesTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void bundlesAgree() throws Exception {
        Properties plain = load("web.properties");
        Properties vi = load("web_vi.properties");
        Properties en = load("web_en.properties");
        assertThat(vi).isEqualTo(plain);
        assertThat(en.keySet()).isEqualTo(vi.keySet());
    }
}
