package vn.his.export.gateway.simulator;

import java.security.Key;
import java.security.KeyException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.XMLStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyValue;
import javax.xml.crypto.dsig.keyinfo.X509Data;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Default signature check: one W3C XML-DSig enveloped signature inside {@code CHUKYDONVI} covering the whole
 * document ({@code Reference URI=""} with the enveloped-signature transform), SHA-2 digest and RSA/ECDSA-SHA-2
 * signature method — the profile used in practice (xml130.md §2.4 [C], "Giải thuật ký: SHA256" [S]). The key is
 * taken from {@code KeyInfo} (X509Data certificate, or KeyValue). Uses the JDK's JSR-105 provider with secure
 * validation on.
 * <p>This proves integrity and possession of the key only: whether the certificate is the one the facility
 * registered on the portal (Danh mục chứng thư số) is not checked here.
 */
public final class XmlDsigSignatureCheck implements SignatureCheck {

    private static final Set<String> SIGNATURE_METHODS = Set.of(
            SignatureMethod.RSA_SHA256, SignatureMethod.RSA_SHA384, SignatureMethod.RSA_SHA512,
            SignatureMethod.ECDSA_SHA256, SignatureMethod.ECDSA_SHA384, SignatureMethod.ECDSA_SHA512);
    private static final Set<String> DIGEST_METHODS = Set.of(DigestMethod.SHA256, DigestMethod.SHA384, DigestMethod.SHA512);
    private static final Set<String> TRANSFORMS = Set.of(Transform.ENVELOPED,
            CanonicalizationMethod.INCLUSIVE, CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS,
            CanonicalizationMethod.EXCLUSIVE, CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS);
    static final String SIGNATURE_HOLDER = "CHUKYDONVI";

    @Override
    public Verdict verify(byte[] received, Document document) {
        NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() != 1) {
            return Verdict.invalid("expected exactly one ds:Signature, found " + signatures.getLength());
        }
        Element signatureElement = (Element) signatures.item(0);
        Node holder = signatureElement.getParentNode();
        if (holder == null || !SIGNATURE_HOLDER.equals(localName(holder))
                || holder.getParentNode() != document.getDocumentElement()) {
            return Verdict.invalid("ds:Signature is not a child of the root's " + SIGNATURE_HOLDER);
        }
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        DOMValidateContext context = new DOMValidateContext(new KeyInfoKeySelector(), signatureElement);
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        try {
            XMLSignature signature = factory.unmarshalXMLSignature(context);
            String profileProblem = profileProblem(signature.getSignedInfo());
            if (profileProblem != null) {
                return Verdict.invalid(profileProblem);
            }
            if (signature.validate(context)) {
                return Verdict.ok();
            }
            return Verdict.invalid(failureDetail(signature, context));
        } catch (MarshalException e) {
            return Verdict.invalid("unreadable ds:Signature: " + e.getMessage());
        } catch (XMLSignatureException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Verdict.invalid("signature cannot be validated: " + cause.getMessage());
        }
    }

    private static String profileProblem(SignedInfo signedInfo) {
        String signatureMethod = signedInfo.getSignatureMethod().getAlgorithm();
        if (!SIGNATURE_METHODS.contains(signatureMethod)) {
            return "signature method not allowed: " + signatureMethod;
        }
        List<?> references = signedInfo.getReferences();
        if (references.size() != 1) {
            return "expected one Reference, found " + references.size();
        }
        Reference reference = (Reference) references.get(0);
        if (reference.getURI() == null || !reference.getURI().isEmpty()) {
            return "the Reference must cover the whole document (URI=\"\"), found URI=" + reference.getURI();
        }
        if (!DIGEST_METHODS.contains(reference.getDigestMethod().getAlgorithm())) {
            return "digest method not allowed: " + reference.getDigestMethod().getAlgorithm();
        }
        boolean enveloped = false;
        for (Object t : reference.getTransforms()) {
            String algorithm = ((Transform) t).getAlgorithm();
            if (!TRANSFORMS.contains(algorithm)) {
                return "transform not allowed: " + algorithm;
            }
            enveloped |= Transform.ENVELOPED.equals(algorithm);
        }
        return enveloped ? null : "the Reference lacks the enveloped-signature transform";
    }

    private static String failureDetail(XMLSignature signature, DOMValidateContext context) throws XMLSignatureException {
        List<String> problems = new ArrayList<>();
        if (!signature.getSignatureValue().validate(context)) {
            problems.add("SignatureValue does not match SignedInfo and key");
        }
        for (Object r : signature.getSignedInfo().getReferences()) {
            Reference reference = (Reference) r;
            if (!reference.validate(context)) {
                problems.add("digest of Reference URI=\"" + reference.getURI() + "\" does not match (document altered)");
            }
        }
        return problems.isEmpty() ? "signature invalid" : String.join("; ", problems);
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    /** Takes the verification key from KeyInfo: a certificate in X509Data, else a KeyValue. */
    private static final class KeyInfoKeySelector extends KeySelector {

        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method,
                                        XMLCryptoContext context) throws KeySelectorException {
            if (keyInfo == null) {
                throw new KeySelectorException("the signature has no KeyInfo");
            }
            for (Object item : keyInfo.getContent()) {
                XMLStructure structure = (XMLStructure) item;
                if (structure instanceof X509Data data) {
                    for (Object content : data.getContent()) {
                        if (content instanceof X509Certificate certificate
                                && fits(method, certificate.getPublicKey())) {
                            return result(certificate.getPublicKey());
                        }
                    }
                } else if (structure instanceof KeyValue keyValue) {
                    try {
                        PublicKey key = keyValue.getPublicKey();
                        if (fits(method, key)) {
                            return result(key);
                        }
                    } catch (KeyException e) {
                        throw new KeySelectorException("unreadable KeyValue", e);
                    }
                }
            }
            throw new KeySelectorException("no key in KeyInfo fits " + method.getAlgorithm());
        }

        private static boolean fits(AlgorithmMethod method, PublicKey key) {
            String algorithm = method.getAlgorithm().toLowerCase(java.util.Locale.ROOT);
            return (algorithm.contains("rsa") && "RSA".equals(key.getAlgorithm()))
                    || (algorithm.contains("ecdsa") && "EC".equals(key.getAlgorithm()));
        }

        private static KeySelectorResult result(Key key) {
            return () -> key;
        }
    }
}
