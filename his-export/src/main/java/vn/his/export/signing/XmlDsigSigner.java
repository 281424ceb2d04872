package vn.his.export.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

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
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.his.core.common.DomainException;
import vn.his.export.xml.JaxbXml;
import vn.his.export.xml.SecureXml;

/**
 * Signs a GIAMDINHHS or check-in (XML0) document with the facility key: W3C XML-DSig enveloped signature,
 * RSA-SHA256, SHA-256 digest, inclusive C14N, one Reference URI="" (the whole document minus the signature), and
 * KeyInfo/X509Data with the certificate; the Signature element is placed inside CHUKYDONVI, the last child of the
 * root (CV 1245 skeletons; practice of public implementations [C]; exact profile of the gateway XSD unverified [S]).
 *
 * <p>Signs the bytes the writers produced: parses them (securely), signs, serialises without indentation — never
 * re-formats after signing — and verifies the result before returning it. RSA PKCS#1 v1.5 is deterministic, so
 * the same input and key give the same signed bytes.
 */
public final class XmlDsigSigner {

    /** The DOM XML-DSig factory, looked up once per thread (a provider lookup on every call otherwise). */
    static final ThreadLocal<XMLSignatureFactory> SIGNATURE_FACTORY =
            ThreadLocal.withInitial(() -> XMLSignatureFactory.getInstance("DOM"));

    private final FacilityKeystore keystore;
    private final SignatureVerifier verifier = new SignatureVerifier();

    public XmlDsigSigner(FacilityKeystore keystore) {
        this.keystore = keystore;
    }

    public byte[] sign(byte[] unsignedXml) {
        Document document = SecureXml.parseWhole(unsignedXml);
        Element holder = signatureHolder(document);
        signInPlace(holder);
        byte[] signed = spliced(unsignedXml, holder).orElseGet(() -> serialize(document));
        verifier.verify(signed, keystore.certificate());
        return signed;
    }

    /** The JDK's enveloped signature of the holder's document, appended to the (empty) holder. */
    void signInPlace(Element holder) {
        try {
            XMLSignatureFactory factory = SIGNATURE_FACTORY.get();
            Reference reference = factory.newReference("",
                    factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                    Collections.singletonList(reference));
            KeyInfoFactory keyInfoFactory = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfoFactory.newKeyInfo(List.of(
                    keyInfoFactory.newX509Data(List.of(keystore.certificate()))));
            XMLSignature signature = factory.newXMLSignature(signedInfo, keyInfo);
            signature.sign(new DOMSignContext(keystore.privateKey(), holder));
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException("XML signature failed", e);
        }
    }

    /**
     * The unsigned bytes with the Signature element written into their empty CHUKYDONVI, every other byte untouched:
     * signing adds only the signature to the document, so the rest need not be serialised again (that was a fifth of
     * the cost of a signature) and cannot be re-formatted. The Signature element itself is written by
     * {@link SignatureElementWriter} (a {@code Transformer} per signature cost about a tenth of a signature). The holder is the last {@code <CHUKYDONVI} of the bytes
     * (a '<' in text is always escaped, and base64 has none), written {@code <CHUKYDONVI/>} or
     * {@code <CHUKYDONVI></CHUKYDONVI>}; any other shape falls back to serialising the whole document. The result
     * is verified like any other.
     */
    static Optional<byte[]> spliced(byte[] unsignedXml, Element holder) {
        byte[] open = ("<" + SignatureVerifier.HOLDER).getBytes(StandardCharsets.US_ASCII);
        int at = lastIndexOf(unsignedXml, open);
        if (at < 0) {
            return Optional.empty();
        }
        byte[] empty = ("<" + SignatureVerifier.HOLDER + "/>").getBytes(StandardCharsets.US_ASCII);
        byte[] pair = ("<" + SignatureVerifier.HOLDER + "></" + SignatureVerifier.HOLDER + ">")
                .getBytes(StandardCharsets.US_ASCII);
        int end;
        if (startsWith(unsignedXml, at, empty)) {
            end = at + empty.length;
        } else if (startsWith(unsignedXml, at, pair)) {
            end = at + pair.length;
        } else {
            return Optional.empty();
        }
        Element signatureElement = (Element) holder.getFirstChild();
        byte[] signature = SignatureElementWriter.write(signatureElement)
                .orElseGet(() -> serializeElement(signatureElement));
        ByteArrayOutputStream out = new ByteArrayOutputStream(unsignedXml.length + signature.length + 32);
        out.write(unsignedXml, 0, at);
        out.writeBytes(("<" + SignatureVerifier.HOLDER + ">").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(signature);
        out.writeBytes(("</" + SignatureVerifier.HOLDER + ">").getBytes(StandardCharsets.US_ASCII));
        out.write(unsignedXml, end, unsignedXml.length - end);
        return Optional.of(out.toByteArray());
    }

    private static int lastIndexOf(byte[] bytes, byte[] part) {
        for (int i = bytes.length - part.length; i >= 0; i--) {
            if (startsWith(bytes, i, part)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] part) {
        if (at + part.length > bytes.length) {
            return false;
        }
        for (int j = 0; j < part.length; j++) {
            if (bytes[at + j] != part[j]) {
                return false;
            }
        }
        return true;
    }

    /** The JDK's serialiser, for a Signature element {@link SignatureElementWriter} does not write. */
    static byte[] serializeElement(Element element) {
        try {
            Transformer transformer = SecureXml.threadTransformerFactory().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot serialise the signature", e);
        }
    }

    /** The empty CHUKYDONVI that must be the root's last child element. */
    static Element signatureHolder(Document document) {
        Element root = document.getDocumentElement();
        Element last = null;
        for (Node n = root.getLastChild(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element e) {
                last = e;
                break;
            }
        }
        if (last == null || !last.getTagName().equals(SignatureVerifier.HOLDER)) {
            throw new DomainException("export.signature.noHolder", root.getTagName());
        }
        if (last.hasChildNodes()) {
            throw new DomainException("export.signature.alreadySigned", root.getTagName());
        }
        return last;
    }

    static byte[] serialize(Document document) {
        try {
            Transformer transformer = SecureXml.threadTransformerFactory().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(JaxbXml.DECLARATION.getBytes(StandardCharsets.UTF_8));
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot serialise the signed document", e);
        }
    }
}
