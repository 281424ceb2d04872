package vn.his.export.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The base64 of each table goes exactly where JAXB wrote its placeholder, in order, and nowhere else. */
class EnvelopeSpliceTest {

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void eachPlaceholderIsReplacedByItsTableInOrder() {
        byte[] skeleton = ascii("<A><F>@@HIS-NOIDUNGFILE-0@@</F><F>@@HIS-NOIDUNGFILE-1@@</F></A>");
        byte[][] contents = {ascii("QUJD"), ascii("")};
        assertThat(new String(DossierEnvelopeWriter.splice(skeleton, contents, 4), StandardCharsets.US_ASCII))
                .isEqualTo("<A><F>QUJD</F><F></F></A>");
    }

    @Test
    void aLostPlaceholderIsAnErrorNotAShortFile() {
        byte[] skeleton = ascii("<A><F>@@HIS-NOIDUNGFILE-1@@</F></A>");
        assertThatThrownBy(() -> DossierEnvelopeWriter.splice(skeleton, new byte[][] {ascii("QQ==")}, 4))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("table 0");
    }
}
