package vn.his.export.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.his.core.common.DomainException;
import vn.his.export.envelope.Dossier;
import vn.his.export.envelope.DossierEnvelopeWriter;
import vn.his.export.envelope.DossierReader;
import vn.his.export.spec.SchemaCatalog;
import vn.his.export.testing.Scenarios;
import vn.his.export.xml.CheckInDocumentWriter;
import vn.his.export.xml.SecureXml;
import vn.his.export.xml.TableRelevance;
import vn.his.export.xml.Xml130Writer;

class SigningTest {

    @TempDir
    static Path dir;

    static FacilityKeystore keystore;
    static FacilityKeystore otherKeystore;
    static X509Certificate certificate;

    private final Xml130Writer writer = new Xml130Writer(SchemaCatalog.loadFromClasspath(), TableRelevance.qd4750());
    private final SignatureVerifier verifier = new SignatureVerifier();

    @BeforeAll
    static void createDemoCertificates() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        certificate = DemoCertificateFactory.create(dir.resolve("facility.p12"), "secret".toCharArray(), "cskcb",
                "CN=Demo 01001,O=HIS demo,C=VN", from, Duration.ofDays(365));
        keystore = FacilityKeystore.load(dir.resolve("facility.p12"), "secret".toCharArray(), "cskcb");
        DemoCertificateFactory.create(dir.resolve("other.p12"), "other".toCharArray(), "x",
                "CN=Someone else,C=VN", from, Duration.ofDays(365));
        otherKeystore = FacilityKeystore.load(dir.resolve("other.p12"), "other".toCharArray(), "x");
    }

    private byte[] unsignedDossier() {
        return new DossierEnvelopeWriter(writer).write(Scenarios.provincialInpatient(), LocalDate.of(2026, 10, 12));
    }

    @Test
    void demoCertificateIsRsa2048SelfSigned() {
        assertThat(keystore.certificate()).isEqualTo(certificate);
        assertThat(((java.security.interfaces.RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength())
                .isEqualTo(2048);
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
    }

    @Test
    void signedDossierVerifiesAndKeepsItsContent() {
        byte[] signed = new XmlDsigSigner(keystore).sign(unsignedDossier());
        assertThat(verifier.verify(signed, certificate)).isEqualTo(certificate);
        String xml = new String(signed, StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><GIAMDINHHS")
                .contains("<CHUKYDONVI><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">")
                .contains("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")
                .contains("http://www.w3.org/2001/04/xmlenc#sha256")
                .contains("http://www.w3.org/TR/2001/REC-xml-c14n-20010315")
                .contains("<Reference URI=\"\">")
                .contains("http://www.w3.org/2000/09/xmldsig#enveloped-signature")
                .contains("<X509Certificate>")
                .endsWith("</Signature></CHUKYDONVI></GIAMDINHHS>");
        Dossier dossier = new DossierReader().read(signed);
        assertThat(dossier.signed()).isTrue();
        assertThat(dossier.rows("XML1")).hasSize(1);
    }

    @Test
    void signingChangesNoByteOutsideTheHolder() {
        byte[] unsigned = unsignedDossier();
        String before = new String(unsigned, StandardCharsets.UTF_8);
        String after = new String(new XmlDsigSigner(keystore).sign(unsigned), StandardCharsets.UTF_8);
        int holder = before.lastIndexOf("<CHUKYDONVI");
        String emptyHolder = before.substring(holder, before.indexOf('>', holder) + 1);
        String rest = before.substring(holder + emptyHolder.length());
        if (emptyHolder.equals("<CHUKYDONVI>")) {
            rest = rest.substring("</CHUKYDONVI>".length());
        }
        assertThat(after).startsWith(before.substring(0, holder) + "<CHUKYDONVI><Signature ")
                .endsWith("</Signature></CHUKYDONVI>" + rest);
    }

    @Test
    void signingIsDeterministic() {
        XmlDsigSigner signer = new XmlDsigSigner(keystore);
        assertThat(signer.sign(unsignedDossier())).isEqualTo(signer.sign(unsignedDossier()));
    }

    @Test
    void signatureElementIsWrittenAsTheJdkSerialiserWritesIt() {
        byte[] signed = new XmlDsigSigner(keystore).sign(unsignedDossier());
        Element signature = (Element) SecureXml.parse(signed)
                .getElementsByTagNameNS(javax.xml.crypto.dsig.XMLSignature.XMLNS, "Signature").item(0);
        assertThat(SignatureElementWriter.write(signature)).hasValueSatisfying(bytes ->
                assertThat(new String(bytes, StandardCharsets.UTF_8))
                        .isEqualTo(new String(XmlDsigSigner.serializeElement(signature), StandardCharsets.UTF_8)));
    }

    @Test
    void signatureElementWriterEscapesTextAndAttributesAndDeclinesOtherNodes() {
        Document document = SecureXml.parse("<r/>".getBytes(StandardCharsets.UTF_8));
        Element element = document.createElementNS("urn:x", "e");
        element.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", "urn:x");
        element.setAttribute("a", "1 & 2 < 3 \"q\"\t\n\r>");
        element.appendChild(document.createTextNode("x & y < z > w\r\nv"));
        byte[] written = SignatureElementWriter.write(element).orElseThrow();
        Element read = SecureXml.parse(written).getDocumentElement();
        assertThat(read.getNamespaceURI()).isEqualTo("urn:x");
        assertThat(read.getAttribute("a")).isEqualTo(element.getAttribute("a"));
        assertThat(read.getTextContent()).isEqualTo("x & y < z > w\r\nv");
        assertThat(written).isEqualTo(XmlDsigSigner.serializeElement(element));

        element.appendChild(document.createComment("not in a signature"));
        assertThat(SignatureElementWriter.write(element)).isEmpty();
    }

    @Test
    void checkInDocumentIsSignedToo() {
        byte[] xml0 = new CheckInDocumentWriter(writer).write(Scenarios.communeVisit());
        byte[] signed = new XmlDsigSigner(keystore).sign(xml0);
        assertThat(verifier.verify(signed)).isEqualTo(certificate);
        assertThat(new String(signed, StandardCharsets.UTF_8)).endsWith("</Signature></CHUKYDONVI></CHI_TIEU_TRANG_THAI_KCB>");
    }

    @Test
    void oneChangedCharacterInsideNoiDungFileIsRejected() {
        String xml = new String(new XmlDsigSigner(keystore).sign(unsignedDossier()), StandardCharsets.UTF_8);
        int at = xml.indexOf("<NOIDUNGFILE>") + "<NOIDUNGFILE>".length() + 40;
        char replacement = xml.charAt(at) == 'A' ? 'B' : 'A';
        String tampered = xml.substring(0, at) + replacement + xml.substring(at + 1);
        assertRejected(tampered, "export.signature.invalid");
    }

    @Test
    void changedFacilityCodeIsRejected() {
        String xml = new String(new XmlDsigSigner(keystore).sign(unsignedDossier()), StandardCharsets.UTF_8);
        String tampered = xml.replace("<MACSKCB>01001</MACSKCB>", "<MACSKCB>01002</MACSKCB>");
        assertThat(tampered).isNotEqualTo(xml);
        assertRejected(tampered, "export.signature.invalid");
    }

    @Test
    void signatureOfAnotherCertificateIsRejectedWhenTheFacilityCertificateIsExpected() {
        byte[] signed = new XmlDsigSigner(otherKeystore).sign(unsignedDossier());
        assertThat(verifier.verify(signed)).isEqualTo(otherKeystore.certificate());
        assertThatThrownBy(() -> verifier.verify(signed, certificate)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("export.signature.otherCertificate"));
    }

    @Test
    void unsignedFileAndDoubleSigningAreRefused() {
        assertThatThrownBy(() -> verifier.verify(unsignedDossier())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("export.signature.count"));
        byte[] signed = new XmlDsigSigner(keystore).sign(unsignedDossier());
        assertThatThrownBy(() -> new XmlDsigSigner(keystore).sign(signed)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("export.signature.alreadySigned"));
    }

    @Test
    void keystoreErrorsAreClear() {
        assertThatThrownBy(() -> FacilityKeystore.load(dir.resolve("facility.p12"), "wrong".toCharArray(), "cskcb"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("export.keystore.cannotOpen"));
        assertThatThrownBy(() -> FacilityKeystore.load(dir.resolve("facility.p12"), "secret".toCharArray(), "nope"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("export.keystore.noKey"));
        assertThatThrownBy(() -> FacilityKeystore.load(dir.resolve("missing.p12"), "x".toCharArray(), "a"))
                .isInstanceOf(DomainException.class);
    }

    private void assertRejected(String xml, String key) {
        assertThatThrownBy(() -> verifier.verify(xml.getBytes(StandardCharsets.UTF_8), certificate))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(key));
    }
}
