package vn.his.export.gateway.simulator;

import vn.his.export.xml.SecureXml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;

import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.his.export.gateway.support.TestCertificates;
import vn.his.export.gateway.support.TestDocuments;

class XmlDsigSignatureCheckTest {

    private static KeyPair keys;
    private static KeyPair otherKeys;
    private static X509Certificate certificate;
    private final XmlDsigSignatureCheck check = new XmlDsigSignatureCheck();

    @BeforeAll
    static void makeKeys() {
        keys = TestCertificates.rsaKeyPair();
        otherKeys = TestCertificates.rsaKeyPair();
        certificate = TestCertificates.selfSigned(keys, "Cơ sở KCB 01013");
    }

    private SignatureCheck.Verdict verify(byte[] bytes) {
        return check.verify(bytes, SecureXml.parse(bytes));
    }

    private static Document dossier() {
        return TestDocuments.dossier("01013", TestDocuments.consistentTables("LK1"));
    }

    @Test
    void selfSignedCertificateIsUsable() throws Exception {
        certificate.verify(keys.getPublic());
        assertThat(certificate.getSubjectX500Principal().getName()).contains("01013");
        assertThat(certificate.getPublicKey()).isEqualTo(keys.getPublic());
    }

    @Test
    void validWithCertificateOrKeyValue() throws Exception {
        assertThat(verify(new TestDocuments(keys, certificate).sign(dossier())).valid()).isTrue();
        assertThat(verify(new TestDocuments(keys, null).sign(dossier())).valid()).isTrue();
        assertThat(verify(new TestDocuments(keys, certificate).signedCheckIn("01013", "LK1")).valid()).isTrue();
    }

    @Test
    void alteredContentIsDetected() throws Exception {
        String signed = new String(new TestDocuments(keys, certificate).sign(dossier()), StandardCharsets.UTF_8);
        byte[] altered = signed.replace("<MACSKCB>01013</MACSKCB>", "<MACSKCB>01014</MACSKCB>")
                .getBytes(StandardCharsets.UTF_8);

        SignatureCheck.Verdict verdict = verify(altered);

        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.reason()).contains("digest");
    }

    @Test
    void keyInKeyInfoMustBeTheSigningKey() throws Exception {
        // signed with otherKeys but presenting the certificate of keys
        SignatureCheck.Verdict verdict = verify(new TestDocuments(otherKeys, certificate).sign(dossier()));

        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.reason()).contains("SignatureValue");
    }

    @Test
    void sha1IsNotAccepted() throws Exception {
        TestDocuments weak = new TestDocuments(keys, certificate)
                .withAlgorithms("http://www.w3.org/2000/09/xmldsig#rsa-sha1", DigestMethod.SHA1);

        assertThat(verify(weak.sign(dossier())).valid()).isFalse();
        TestDocuments weakDigest = new TestDocuments(keys, certificate)
                .withAlgorithms(SignatureMethod.RSA_SHA256, DigestMethod.SHA1);
        assertThat(verify(weakDigest.sign(dossier())).valid()).isFalse();
    }

    @Test
    void signatureMustSitInTheRootsChukydonvi() throws Exception {
        Document document = dossier();
        Element elsewhere = (Element) document.getElementsByTagName("THONGTINDONVI").item(0);
        new TestDocuments(keys, certificate).signInto(document, elsewhere);

        SignatureCheck.Verdict verdict = verify(TestDocuments.serialise(document));

        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.reason()).contains("CHUKYDONVI");
    }

    @Test
    void exactlyOneSignature() throws Exception {
        Document document = dossier();
        TestDocuments signer = new TestDocuments(keys, certificate);
        Element holder = (Element) document.getElementsByTagName("CHUKYDONVI").item(0);
        signer.signInto(document, holder);
        signer.signInto(document, holder);

        SignatureCheck.Verdict verdict = verify(TestDocuments.serialise(document));

        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.reason()).contains("exactly one");
    }

    @Test
    void documentWithoutSignature() throws Exception {
        assertThat(verify(TestDocuments.serialise(dossier())).reason()).contains("found 0");
    }
}
