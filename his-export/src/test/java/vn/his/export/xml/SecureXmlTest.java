package vn.his.export.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.his.core.common.DomainException;
import vn.his.export.envelope.DossierReader;
import vn.his.export.envelope.TableReader;
import vn.his.export.xml.binding.Xml1Document;

/** Every parser of the module refuses DOCTYPE, external entities and entity expansion with a clear message. */
class SecureXmlTest {

    static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <TONG_HOP><MA_LK>&lol9;</MA_LK></TONG_HOP>""";

    static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE GIAMDINHHS [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <GIAMDINHHS><THONGTINDONVI><MACSKCB>&xxe;</MACSKCB></THONGTINDONVI></GIAMDINHHS>""";

    static final String XXE_PARAMETER = """
            <?xml version="1.0"?>
            <!DOCTYPE TONG_HOP [<!ENTITY % remote SYSTEM "http://127.0.0.1:1/evil.dtd"> %remote;]>
            <TONG_HOP><MA_LK>x</MA_LK></TONG_HOP>""";

    static List<String> attacks() {
        return List.of(BILLION_LAUGHS, XXE, XXE_PARAMETER);
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void domParsingRefuses(String xml) {
        assertRefused(() -> SecureXml.parse(bytes(xml)));
        assertRefused(() -> SecureXml.parseWhole(bytes(xml)));
        assertRefused(() -> new vn.his.export.signing.SignatureVerifier().verify(bytes(xml)));
        assertRefused(() -> new DossierReader().read(bytes(xml)));
        assertRefused(() -> TableReader.rows(bytes(xml)));
    }

    @org.junit.jupiter.api.Test
    void bothDomParsersLimitNestingAndKeepTheDocument() {
        String deep = "<a>".repeat(SecureXml.MAX_DEPTH + 1) + "</a>".repeat(SecureXml.MAX_DEPTH + 1);
        for (java.util.function.Function<byte[], org.w3c.dom.Document> parser
                : List.<java.util.function.Function<byte[], org.w3c.dom.Document>>of(SecureXml::parse,
                        SecureXml::parseWhole)) {
            assertThatThrownBy(() -> parser.apply(bytes(deep))).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("export.xml.malformed"));
            org.w3c.dom.Document ok = parser.apply(bytes("<r a=\"1\"><b>x &amp; y</b><c/></r>"));
            assertThat(ok.getDocumentElement().getAttribute("a")).isEqualTo("1");
            assertThat(ok.getDocumentElement().getTextContent()).isEqualTo("x & y");
        }
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void staxAndJaxbRefuse(String xml) {
        assertRefused(() -> {
            XMLStreamReader reader = SecureXml.streamReader(bytes(xml));
            while (reader.hasNext()) {
                reader.next();
            }
        });
        assertRefused(() -> SecureXml.unmarshal(bytes(xml), Xml1Document.class));
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void saxParsingRefuses(String xml) {
        assertThatThrownBy(() -> SecureXml.saxParserFactory().newSAXParser()
                .parse(new java.io.ByteArrayInputStream(bytes(xml)), new org.xml.sax.helpers.DefaultHandler()))
                .isInstanceOf(org.xml.sax.SAXParseException.class)
                .hasMessageContaining("DOCTYPE");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("export.xml.doctypeRefused"))
                .hasMessageContaining("DOCTYPE");
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
