package vn.his.export.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.his.export.envelope.DossierEnvelopeWriter;
import vn.his.export.spec.SchemaCatalog;
import vn.his.export.testing.Scenarios;
import vn.his.export.xml.CheckInDocumentWriter;
import vn.his.export.xml.TableRelevance;
import vn.his.export.xml.Xml130Writer;

/**
 * {@link CanonicalDigest} and the signer's path that uses it: the writers' documents are digested from their bytes
 * and signed to exactly the bytes the JDK's own C14N gives; anything that C14N would rewrite is declined and signed
 * from the parsed document.
 */
class CanonicalDigestTest {

    @TempDir
    static Path dir;

    static XmlDsigSigner signer;
    static FacilityKeystore keystore;

    private final Xml130Writer writer = new Xml130Writer(SchemaCatalog.loadFromClasspath(), TableRelevance.qd4750());

    @BeforeAll
    static void createCertificate() {
        DemoCertificateFactory.create(dir.resolve("c.p12"), "secret".toCharArray(), "cskcb",
                "CN=Demo 01001,O=HIS demo,C=VN", Instant.parse("2026-01-01T00:00:00Z"), Duration.ofDays(365));
        keystore = FacilityKeystore.load(dir.resolve("c.p12"), "secret".toCharArray(), "cskcb");
        signer = new XmlDsigSigner(keystore);
    }

    /** Every golden envelope and check-in, and the writers' output for the scenarios. */
    private List<byte[]> writersDocuments() throws IOException {
        List<byte[]> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("GIAMDINHHS\\.xml|XML0\\.xml"))
                    .sorted().toList()) {
                documents.add(Files.readAllBytes(f));
            }
        }
        assertThat(documents).hasSizeGreaterThan(10);
        DossierEnvelopeWriter envelopes = new DossierEnvelopeWriter(writer);
        documents.add(envelopes.write(Scenarios.provincialInpatient(), LocalDate.of(2026, 10, 12)));
        documents.add(envelopes.write(Scenarios.communeVisit(), LocalDate.of(2026, 10, 12)));
        documents.add(new CheckInDocumentWriter(writer).write(Scenarios.communeVisit()));
        return documents;
    }

    @Test
    void theWritersDocumentsAreSignedFromTheirBytesToTheSameBytesAsFromTheParsedDocument() throws IOException {
        for (byte[] unsigned : writersDocuments()) {
            assertThat(CanonicalDigest.of(unsigned)).as(head(unsigned)).isPresent();
            byte[] fromBytes = signer.signFromBytes(unsigned).orElseThrow();
            // RSA PKCS#1 v1.5 is deterministic: equal bytes mean the same digest and the same SignedInfo
            assertThat(fromBytes).as(head(unsigned)).isEqualTo(signer.signFromDocument(unsigned));
            assertThat(signer.sign(unsigned)).isEqualTo(fromBytes);
            new SignatureVerifier().verify(fromBytes, keystore.certificate());
        }
    }

    @Test
    void theRootsNamespaceDeclarationsAreTakenInCanonicalOrder() {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<R xmlns:b=\"urn:b\" xmlns:a=\"urn:a\">"
                + "<X>1 &amp; 2 &lt; 3 &gt; 0</X><E/><CHUKYDONVI/></R>\n").getBytes(StandardCharsets.UTF_8);
        CanonicalDigest.Prepared prepared = CanonicalDigest.of(xml).orElseThrow();
        assertThat(prepared.rootName()).isEqualTo("R");
        assertThat(prepared.namespaces()).extracting(CanonicalDigest.Namespace::prefix).containsExactly("a", "b");
        assertThat(signer.signFromBytes(xml).orElseThrow()).isEqualTo(signer.signFromDocument(xml));
    }

    /** Each is well-formed and signable, but C14N would rewrite it: declined, then signed from the parsed document. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<R><X a=\"1\">t</X><CHUKYDONVI/></R>",                  // an attribute
            "<R xmlns=\"urn:d\"><X>t</X><CHUKYDONVI/></R>",            // a default namespace
            "<R xmlns:a='urn:a'><X>t</X><CHUKYDONVI/></R>",            // single quotes
            "<R><!-- note --><X>t</X><CHUKYDONVI/></R>",              // a comment
            "<R><X><![CDATA[a<b]]></X><CHUKYDONVI/></R>",             // CDATA
            "<R><X>line\r\nnext</X><CHUKYDONVI/></R>",                // a carriage return
            "<R><X>say &quot;hi&quot;</X><CHUKYDONVI/></R>",          // an entity C14N writes as the character
            "<R><X>&#x41;</X><CHUKYDONVI/></R>",                      // a character reference
            "<R><X>a > b</X><CHUKYDONVI/></R>",                       // a raw '>' that C14N escapes
            "<R><X >t</X ><CHUKYDONVI/></R>",                         // whitespace inside tags
            "<R><?pi data?><X>t</X><CHUKYDONVI/></R>",                // a processing instruction
            "<R><X>t</X><CHUKYDONVI/><Y/></R>",                       // the holder is not the last child
    })
    void bytesThatC14nWouldRewriteAreSignedFromTheParsedDocument(String body) {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body).getBytes(StandardCharsets.UTF_8);
        assertThat(CanonicalDigest.of(xml)).isEmpty();
        assertThat(signer.signFromBytes(xml)).isEmpty();
        if (!body.contains("<Y/>")) {
            byte[] signed = signer.sign(xml);
            new SignatureVerifier().verify(signed, keystore.certificate());
        }
    }

    @Test
    void anEmptyHolderWrittenAsAPairIsTakenAndAFilledOneIsNot() {
        byte[] pair = "<R><X>t</X><CHUKYDONVI></CHUKYDONVI></R>".getBytes(StandardCharsets.UTF_8);
        assertThat(CanonicalDigest.of(pair)).isPresent();
        assertThat(signer.signFromBytes(pair).orElseThrow()).isEqualTo(signer.signFromDocument(pair));
        assertThat(CanonicalDigest.of("<R><CHUKYDONVI><S/></CHUKYDONVI></R>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(CanonicalDigest.of("<R><X>t</X><CHUKYDONVI/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(CanonicalDigest.of("<R><CHUKYDONVI/></R>trailing".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    private static String head(byte[] xml) {
        return new String(xml, 0, Math.min(120, xml.length), StandardCharsets.UTF_8);
    }
}
