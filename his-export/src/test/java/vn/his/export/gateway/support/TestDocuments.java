package vn.his.export.gateway.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Small XML0 and GIAMDINHHS documents for tests (structure of CV 1245 §I.2.4 and §I.3.4, only the elements the
 * simulator reads), signed like the practice profile: enveloped XML-DSig, RSA-SHA256, SHA-256 digest, inclusive
 * C14N, {@code Reference URI=""}, signature inside CHUKYDONVI.
 */
public final class TestDocuments {

    private final KeyPair keys;
    private final X509Certificate certificate;
    private String signatureMethod = SignatureMethod.RSA_SHA256;
    private String digestMethod = DigestMethod.SHA256;

    /** Signs with {@code keys}; KeyInfo carries {@code certificate} (X509Data) or, when null, the public KeyValue. */
    public TestDocuments(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    /** Uses other algorithms (to test that weak ones are refused). */
    public TestDocuments withAlgorithms(String newSignatureMethod, String newDigestMethod) {
        TestDocuments copy = new TestDocuments(keys, certificate);
        copy.signatureMethod = newSignatureMethod;
        copy.digestMethod = newDigestMethod;
        return copy;
    }

    // ------------------------------------------------------------------------------------------------ inner tables

    public static String xml1(String maLk, String tongChiBv, String tongChiBh, String bncct, String bhtt) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><TONG_HOP><MA_LK>" + maLk + "</MA_LK><STT>1</STT>"
                + "<HO_TEN>Nguyễn Văn Ánh</HO_TEN><T_TONGCHI_BV>" + tongChiBv + "</T_TONGCHI_BV><T_TONGCHI_BH>"
                + tongChiBh + "</T_TONGCHI_BH><T_BNTT>0</T_BNTT><T_BNCCT>" + bncct + "</T_BNCCT><T_BHTT>" + bhtt
                + "</T_BHTT></TONG_HOP>";
    }

    public static String xml2(String maLk, String... thanhTienBv) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><CHITIEU_CHITIET_THUOC><DSACH_CHI_TIET_THUOC>");
        for (int i = 0; i < thanhTienBv.length; i++) {
            out.append("<CHI_TIET_THUOC><MA_LK>").append(maLk).append("</MA_LK><STT>").append(i + 1)
                    .append("</STT><THANH_TIEN_BV>").append(thanhTienBv[i]).append("</THANH_TIEN_BV></CHI_TIET_THUOC>");
        }
        return out.append("</DSACH_CHI_TIET_THUOC></CHITIEU_CHITIET_THUOC>").toString();
    }

    public static String xml3(String maLk, String... thanhTienBv) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><CHITIEU_CHITIET_DVKT_VTYT><DSACH_CHI_TIET_DVKT>");
        for (int i = 0; i < thanhTienBv.length; i++) {
            out.append("<CHI_TIET_DVKT><MA_LK>").append(maLk).append("</MA_LK><STT>").append(i + 1)
                    .append("</STT><THANH_TIEN_BV>").append(thanhTienBv[i]).append("</THANH_TIEN_BV></CHI_TIET_DVKT>");
        }
        return out.append("</DSACH_CHI_TIET_DVKT></CHITIEU_CHITIET_DVKT_VTYT>").toString();
    }

    /** Tables of one consistent encounter: two drugs and one service, totals matching. */
    public static Map<String, String> consistentTables(String maLk) {
        Map<String, String> tables = new LinkedHashMap<>();
        // 120000.50 + 30000.25 + 50000.00 = 200000.75 ; T_BHTT = 160000.60 - 32000.12 = 128000.48
        tables.put("XML1", xml1(maLk, "200000.75", "160000.60", "32000.12", "128000.48"));
        tables.put("XML2", xml2(maLk, "120000.50", "30000.25"));
        tables.put("XML3", xml3(maLk, "50000.00"));
        return tables;
    }

    // ------------------------------------------------------------------------------------------------ envelopes

    /** GIAMDINHHS with one HOSO holding {@code tables} (LOAIHOSO → inner XML text), CHUKYDONVI empty and last. */
    public static Document dossier(String maCskcb, Map<String, String> tables) {
        Document document = newDocument();
        Element root = document.createElementNS(null, "GIAMDINHHS");
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsd", "http://www.w3.org/2001/XMLSchema");
        document.appendChild(root);
        Element unit = append(root, "THONGTINDONVI");
        append(unit, "MACSKCB").setTextContent(maCskcb);
        Element info = append(root, "THONGTINHOSO");
        append(info, "NGAYLAP").setTextContent("20261123");
        append(info, "SOLUONGHOSO").setTextContent("1");
        Element hoSo = append(append(info, "DANHSACHHOSO"), "HOSO");
        for (Map.Entry<String, String> table : tables.entrySet()) {
            Element file = append(hoSo, "FILEHOSO");
            append(file, "LOAIHOSO").setTextContent(table.getKey());
            append(file, "NOIDUNGFILE").setTextContent(
                    Base64.getEncoder().encodeToString(table.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        append(root, "CHUKYDONVI");
        return document;
    }

    /** XML0 check-in with one TRANG_THAI_KCB row per MA_LK, CHUKYDONVI empty and last. */
    public static Document checkIn(String maCskcb, String... maLk) {
        Document document = newDocument();
        Element root = document.createElementNS(null, "CHI_TIEU_TRANG_THAI_KCB");
        document.appendChild(root);
        Element list = append(root, "DSACH_TRANG_THAI_KCB");
        for (int i = 0; i < maLk.length; i++) {
            Element row = append(list, "TRANG_THAI_KCB");
            append(row, "MA_LK").setTextContent(maLk[i]);
            append(row, "STT").setTextContent(String.valueOf(i + 1));
            append(row, "HO_TEN").setTextContent("Trần Thị Bích");
            append(row, "MA_CSKCB").setTextContent(maCskcb);
            append(row, "MA_DICH_VU").setTextContent("01.0001.1777");
            append(row, "NGAY_VAO").setTextContent("202611230800");
        }
        append(root, "CHUKYDONVI");
        return document;
    }

    public byte[] signedDossier(String maCskcb, String maLk) {
        return sign(dossier(maCskcb, consistentTables(maLk)));
    }

    public byte[] signedCheckIn(String maCskcb, String... maLk) {
        return sign(checkIn(maCskcb, maLk));
    }

    /** Signs {@code document} into its CHUKYDONVI (the last child of the root) and returns the bytes. */
    public byte[] sign(Document document) {
        Element holder = (Element) document.getDocumentElement().getElementsByTagNameNS("*", "CHUKYDONVI").item(0);
        signInto(document, holder);
        return serialise(document);
    }

    /** Signs with the signature placed in {@code holder} (any element), for tests of misplaced signatures. */
    public void signInto(Document document, Element holder) {
        try {
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference reference = factory.newReference("", factory.newDigestMethod(digestMethod, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)), null, null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(signatureMethod, null), List.of(reference));
            KeyInfoFactory keyInfoFactory = factory.getKeyInfoFactory();
            KeyInfo keyInfo = certificate != null
                    ? keyInfoFactory.newKeyInfo(List.of(keyInfoFactory.newX509Data(List.of(certificate))))
                    : keyInfoFactory.newKeyInfo(List.of(keyInfoFactory.newKeyValue(keys.getPublic())));
            DOMSignContext context = new DOMSignContext(keys.getPrivate(), holder);
            context.setDefaultNamespacePrefix("ds");
            factory.newXMLSignature(signedInfo, keyInfo).sign(context);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException("cannot sign the test document", e);
        }
    }

    public static byte[] serialise(Document document) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element append(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(null, name);
        parent.appendChild(child);
        return child;
    }
}
