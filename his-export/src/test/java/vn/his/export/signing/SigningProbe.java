package vn.his.export.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.his.export.envelope.DossierEnvelopeWriter;
import vn.his.export.spec.SchemaCatalog;
import vn.his.export.testing.Scenarios;
import vn.his.export.xml.SecureXml;
import vn.his.export.xml.TableRelevance;
import vn.his.export.xml.Xml130Writer;

/**
 * Benchmark main, not a test: µs per signature (sign + verification of the written bytes) of {@link XmlDsigSigner}
 * against a frozen copy of the signer and verifier as they were before the issue-4 signing changes, on one thread,
 * alternating the two in each round so a loaded machine weighs on both alike. The dossier is the provincial
 * inpatient golden scenario's envelope, its tables taken until it is about {@code targetKb} KB. Figures are
 * the thread's CPU time per signature.
 *
 * <pre>java -cp his-export/target/test-classes:his-export/target/classes:$(cat cp.txt) \
 *     vn.his.export.signing.SigningProbe [signaturesPerRound=50] [rounds=20] [targetKb=25]</pre>
 */
public final class SigningProbe {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int targetKb = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        Path dir = Files.createTempDirectory("signing-probe");
        DemoCertificateFactory.create(dir.resolve("p.p12"), "probe".toCharArray(), "cskcb",
                "CN=Probe 40017,O=HIS demo,C=VN", Instant.parse("2026-01-01T00:00:00Z"), Duration.ofDays(365));
        FacilityKeystore keystore = FacilityKeystore.load(dir.resolve("p.p12"), "probe".toCharArray(), "cskcb");
        byte[] dossier = dossier(targetKb);
        XmlDsigSigner signer = new XmlDsigSigner(keystore);
        Baseline baseline = new Baseline(keystore);
        byte[] now = signer.sign(dossier);
        byte[] before = baseline.sign(dossier);
        System.out.printf("dossier %,d bytes, signed %,d bytes, same bytes as before: %s%n", dossier.length,
                now.length, Arrays.equals(now, before));
        for (int i = 0; i < 200; i++) {
            signer.sign(dossier);
            baseline.sign(dossier);
        }
        List<Double> b = new ArrayList<>();
        List<Double> a = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            boolean baselineFirst = r % 2 == 0;
            double first = cpuMicros(perRound, baselineFirst ? baseline::sign : signer::sign, dossier);
            double second = cpuMicros(perRound, baselineFirst ? signer::sign : baseline::sign, dossier);
            b.add(baselineFirst ? first : second);
            a.add(baselineFirst ? second : first);
        }
        System.out.printf("thread CPU per signature, median of %d alternating rounds × %d: before %.0f µs, after %.0f µs"
                + " (%+.1f %%); means %.0f / %.0f µs%n", rounds, perRound, median(b), median(a),
                100.0 * (median(a) - median(b)) / median(b), mean(b), mean(a));
    }

    interface Sign {
        byte[] sign(byte[] xml);
    }

    /** Thread CPU time, not wall time: the machine is shared, and other processes' load must not be counted. */
    private static double cpuMicros(int n, Sign sign, byte[] xml) {
        long start = THREADS.getCurrentThreadCpuTime();
        int sink = 0;
        for (int i = 0; i < n; i++) {
            sink += sign.sign(xml).length;
        }
        long elapsed = THREADS.getCurrentThreadCpuTime() - start;
        if (sink == 0) {
            throw new IllegalStateException("nothing signed");
        }
        return elapsed / 1_000.0 / n;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }

    /** The provincial inpatient scenario's envelope, its FILEHOSO taken in order (and again
     * from the first) until the file is about {@code targetKb} KB. */
    static byte[] dossier(int targetKb) {
        Xml130Writer writer = new Xml130Writer(SchemaCatalog.loadFromClasspath(), TableRelevance.qd4750());
        String xml = new String(new DossierEnvelopeWriter(writer).write(Scenarios.provincialInpatient(),
                LocalDate.of(2026, 10, 12)), StandardCharsets.UTF_8);
        int first = xml.indexOf("<FILEHOSO>");
        int last = xml.lastIndexOf("</FILEHOSO>") + "</FILEHOSO>".length();
        List<String> files = new ArrayList<>();
        for (int at = first; at < last; ) {
            int end = xml.indexOf("</FILEHOSO>", at) + "</FILEHOSO>".length();
            files.add(xml.substring(at, end));
            at = end;
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() == 0 || xml.length() - (last - first) + body.length() < targetKb * 1024L; i++) {
            body.append(files.get(i % files.size()));
        }
        return (xml.substring(0, first) + body + xml.substring(last)).getBytes(StandardCharsets.UTF_8);
    }

    /** The signer and verifier as they were before (commit 46a16d9), kept here only to be measured against. */
    static final class Baseline {
        private final FacilityKeystore keystore;

        Baseline(FacilityKeystore keystore) {
            this.keystore = keystore;
        }

        byte[] sign(byte[] unsignedXml) {
            Document document = SecureXml.parse(unsignedXml);
            Element holder = XmlDsigSigner.signatureHolder(document);
            try {
                XMLSignatureFactory factory = XmlDsigSigner.SIGNATURE_FACTORY.get();
                Reference reference = factory.newReference("", factory.newDigestMethod(DigestMethod.SHA256, null),
                        List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)), null, null);
                SignedInfo signedInfo = factory.newSignedInfo(
                        factory.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE,
                                (C14NMethodParameterSpec) null),
                        factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                        Collections.singletonList(reference));
                KeyInfoFactory kif = factory.getKeyInfoFactory();
                KeyInfo keyInfo = kif.newKeyInfo(List.of(kif.newX509Data(List.of(keystore.certificate()))));
                factory.newXMLSignature(signedInfo, keyInfo).sign(new DOMSignContext(keystore.privateKey(), holder));
            } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
                throw new IllegalStateException(e);
            }
            byte[] signature = transformerSerialize((Element) holder.getFirstChild());
            byte[] open = "<CHUKYDONVI".getBytes(StandardCharsets.US_ASCII);
            int at = -1;
            for (int i = unsignedXml.length - open.length; i >= 0 && at < 0; i--) {
                if (Arrays.equals(unsignedXml, i, i + open.length, open, 0, open.length)) {
                    at = i;
                }
            }
            int end = at + open.length;
            end = unsignedXml[end] == '/' ? end + 2 : end + 1 + "</CHUKYDONVI>".length();
            ByteArrayOutputStream out = new ByteArrayOutputStream(unsignedXml.length + signature.length + 32);
            out.write(unsignedXml, 0, at);
            out.writeBytes("<CHUKYDONVI>".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(signature);
            out.writeBytes("</CHUKYDONVI>".getBytes(StandardCharsets.US_ASCII));
            out.write(unsignedXml, end, unsignedXml.length - end);
            byte[] signed = out.toByteArray();
            verify(signed, keystore.certificate());
            return signed;
        }

        static byte[] transformerSerialize(Element element) {
            try {
                Transformer transformer = SecureXml.threadTransformerFactory().newTransformer();
                transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
                transformer.setOutputProperty(OutputKeys.INDENT, "no");
                transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                transformer.transform(new DOMSource(element), new StreamResult(out));
                return out.toByteArray();
            } catch (TransformerException e) {
                throw new IllegalStateException(e);
            }
        }

        static void verify(byte[] signedXml, X509Certificate expected) {
            Document document = SecureXml.parse(signedXml);
            NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
            if (signatures.getLength() != 1) {
                throw new IllegalStateException("signatures: " + signatures.getLength());
            }
            KeySelector selector = new KeySelector() {
                @Override
                public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, javax.xml.crypto.AlgorithmMethod m,
                                                javax.xml.crypto.XMLCryptoContext c) throws KeySelectorException {
                    for (Object content : keyInfo.getContent()) {
                        if (content instanceof X509Data data) {
                            for (Object item : data.getContent()) {
                                if (item instanceof X509Certificate cert) {
                                    Key key = cert.getPublicKey();
                                    return () -> key;
                                }
                            }
                        }
                    }
                    throw new KeySelectorException("no certificate");
                }
            };
            DOMValidateContext context = new DOMValidateContext(selector, signatures.item(0));
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            try {
                XMLSignature signature = XmlDsigSigner.SIGNATURE_FACTORY.get().unmarshalXMLSignature(context);
                if (!signature.validate(context)) {
                    throw new IllegalStateException("invalid");
                }
            } catch (MarshalException | XMLSignatureException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
