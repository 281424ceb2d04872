package vn.his.export.signing;

import java.security.Key;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import vn.his.core.common.DomainException;
import vn.his.export.xml.SecureXml;

/**
 * Verifies a signed GIAMDINHHS or XML0 file: exactly one Signature, inside CHUKYDONVI, the root's last child; the
 * profile of {@link XmlDsigSigner} (one Reference URI="", enveloped transform, SHA-256, RSA-SHA256, inclusive
 * C14N); the certificate from KeyInfo; the JDK's secure validation; and, when given, the certificate expected for
 * the facility. Any change to the signed content (one character of a NOIDUNGFILE, MACSKCB…) makes it fail.
 */
public final class SignatureVerifier {

    static final String HOLDER = "CHUKYDONVI";

    /** Verifies and returns the signing certificate; throws a {@link DomainException} when the file is not validly signed. */
    public X509Certificate verify(byte[] signedXml) {
        return verify(signedXml, null);
    }

    /** As {@link #verify(byte[])}, and the signer must be {@code expected} when it is not {@code null}. */
    public X509Certificate verify(byte[] signedXml, X509Certificate expected) {
        Document document = SecureXml.parseWhole(signedXml);
        NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() != 1) {
            throw new DomainException("export.signature.count", signatures.getLength());
        }
        Element signatureElement = (Element) signatures.item(0);
        Node holder = signatureElement.getParentNode();
        if (!(holder instanceof Element h) || !h.getTagName().equals(HOLDER)
                || h.getParentNode() != document.getDocumentElement() || nextElement(h) != null) {
            throw new DomainException("export.signature.misplaced");
        }
        X509KeySelector keySelector = new X509KeySelector();
        DOMValidateContext context = new DOMValidateContext(keySelector, signatureElement);
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        try {
            XMLSignature signature = XmlDsigSigner.SIGNATURE_FACTORY.get().unmarshalXMLSignature(context);
            requireProfile(signature);
            if (!signature.validate(context)) {
                throw new DomainException("export.signature.invalid");
            }
        } catch (MarshalException | XMLSignatureException e) {
            throw new DomainException("export.signature.unreadable", e.getMessage());
        }
        X509Certificate certificate = keySelector.certificate;
        if (expected != null && !expected.equals(certificate)) {
            throw new DomainException("export.signature.otherCertificate",
                    certificate.getSubjectX500Principal().getName());
        }
        return certificate;
    }

    private static void requireProfile(XMLSignature signature) {
        var info = signature.getSignedInfo();
        boolean ok = info.getCanonicalizationMethod().getAlgorithm().equals(CanonicalizationMethod.INCLUSIVE)
                && info.getSignatureMethod().getAlgorithm().equals(SignatureMethod.RSA_SHA256)
                && info.getReferences().size() == 1;
        if (ok) {
            Reference reference = (Reference) info.getReferences().get(0);
            List<?> transforms = reference.getTransforms();
            ok = "".equals(reference.getURI())
                    && reference.getDigestMethod().getAlgorithm().equals(DigestMethod.SHA256)
                    && transforms.size() == 1
                    && ((Transform) transforms.get(0)).getAlgorithm().equals(Transform.ENVELOPED);
        }
        if (!ok) {
            throw new DomainException("export.signature.profile");
        }
    }

    private static Node nextElement(Node node) {
        for (Node n = node.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return n;
            }
        }
        return null;
    }

    /** Takes the verification key from the single X509Certificate of KeyInfo/X509Data. */
    private static final class X509KeySelector extends KeySelector {
        private X509Certificate certificate;

        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method,
                                        XMLCryptoContext context) throws KeySelectorException {
            if (keyInfo == null) {
                throw new KeySelectorException("No KeyInfo");
            }
            for (Object content : keyInfo.getContent()) {
                if (content instanceof X509Data data) {
                    for (Object item : data.getContent()) {
                        if (item instanceof X509Certificate cert) {
                            certificate = cert;
                            Key key = cert.getPublicKey();
                            return () -> key;
                        }
                    }
                }
            }
            throw new KeySelectorException("No X509Certificate in KeyInfo");
        }
    }
}
