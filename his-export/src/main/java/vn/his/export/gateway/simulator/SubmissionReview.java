package vn.his.export.gateway.simulator;

import vn.his.core.common.DomainException;
import vn.his.export.xml.SecureXml;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.crypto.dsig.XMLSignature;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.his.export.gateway.GatewayAccount;
import vn.his.export.gateway.GatewayMessages;

/**
 * The checks the simulator makes on a check-in or dossier submission, in the order a gateway would meet them:
 * form fields (CV 1245 §I.2.2 / §I.3.2), base64, size, secure XML parsing, root element, CHUKYDONVI last and
 * signed, signature, then the structure of the document and the content checks of the {@link DossierInspector}.
 */
final class SubmissionReview {

    /** Result of the review: either a rejection or the MA_LK values of an acceptable document. */
    record Review(Rejection rejection, List<String> maLk) {
        boolean accepted() {
            return rejection == null;
        }
    }

    static final String CHECK_IN_ROOT = "CHI_TIEU_TRANG_THAI_KCB";
    static final String DOSSIER_ROOT = "GIAMDINHHS";
    private static final String PARAMETER_ERROR = "205";
    private static final String FILE_ERROR = "123";
    private static final String FORBIDDEN = "403";
    private static final String TOO_LARGE = "1001";
    /** LOAIHOSO values of CV 1245 §I.3.4: XML1…XML11, XML13, XML14, XML15 (no XML0, no XML12). */
    private static final Pattern LOAI_HO_SO = Pattern.compile("XML([1-9]|1[01]|1[345])");
    private static final List<String> FIELDS = List.of("username", "loaiHoSo", "maTinh", "maCSKCB", "fileHSBase64");

    private final SignatureCheck signatureCheck;
    private final DossierInspector inspector;
    private final int maxFileBytes;

    SubmissionReview(SignatureCheck signatureCheck, DossierInspector inspector, int maxFileBytes) {
        this.signatureCheck = signatureCheck;
        this.inspector = inspector;
        this.maxFileBytes = maxFileBytes;
    }

    Review review(ReceivedRequest.Kind kind, GatewayAccount account, Map<String, String> form) {
        for (String field : FIELDS) {
            String value = form.get(field);
            if (value == null || value.isBlank()) {
                return reject(PARAMETER_ERROR, "simulator.param.missing", field);
            }
        }
        if (!account.username().equals(form.get("username"))) {
            return reject(PARAMETER_ERROR, "simulator.param.username");
        }
        String expectedType = kind == ReceivedRequest.Kind.CHECK_IN ? "0" : "130";
        if (!expectedType.equals(form.get("loaiHoSo"))) {
            return reject(PARAMETER_ERROR, "simulator.param.loaiHoSo", form.get("loaiHoSo"), expectedType);
        }
        if (!account.maTinh().equals(form.get("maTinh")) || !account.maCskcb().equals(form.get("maCSKCB"))) {
            return reject(FORBIDDEN, "simulator.param.facility", form.get("maTinh"), form.get("maCSKCB"));
        }
        byte[] file;
        try {
            file = Base64.getDecoder().decode(form.get("fileHSBase64"));
        } catch (IllegalArgumentException notBase64) {
            return reject(PARAMETER_ERROR, "simulator.param.base64", String.valueOf(notBase64.getMessage()));
        }
        if (file.length > maxFileBytes) {
            return reject(TOO_LARGE, "simulator.file.tooLarge", String.valueOf(file.length), String.valueOf(maxFileBytes));
        }
        Document document;
        try {
            document = SecureXml.parse(file);
        } catch (DomainException refused) {
            return reject(FILE_ERROR, "simulator.file.notXml", refused.getMessage());
        }
        Element root = document.getDocumentElement();
        String expectedRoot = kind == ReceivedRequest.Kind.CHECK_IN ? CHECK_IN_ROOT : DOSSIER_ROOT;
        if (!expectedRoot.equals(name(root))) {
            return reject(FILE_ERROR, "simulator.file.root", name(root), expectedRoot);
        }
        Element last = lastChildElement(root);
        if (last == null || !XmlDsigSignatureCheck.SIGNATURE_HOLDER.equals(name(last))) {
            return reject(FILE_ERROR, "simulator.file.chukyNotLast");
        }
        if (last.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").getLength() == 0) {
            return reject(FILE_ERROR, "simulator.file.unsigned");
        }
        SignatureCheck.Verdict verdict = signatureCheck.verify(file, document);
        if (!verdict.valid()) {
            return reject(FILE_ERROR, "simulator.file.badSignature", verdict.reason());
        }
        return kind == ReceivedRequest.Kind.CHECK_IN ? checkIn(root, account) : dossier(document, root, account);
    }

    /** XML0: DSACH_TRANG_THAI_KCB with at least one TRANG_THAI_KCB carrying MA_LK (CV 1245 §I.2.4). */
    private Review checkIn(Element root, GatewayAccount account) {
        Element list = child(root, "DSACH_TRANG_THAI_KCB");
        List<Element> rows = list == null ? List.of() : children(list, "TRANG_THAI_KCB");
        if (rows.isEmpty()) {
            return reject(FILE_ERROR, "simulator.file.structure", "DSACH_TRANG_THAI_KCB/TRANG_THAI_KCB");
        }
        List<String> maLk = new ArrayList<>();
        for (Element row : rows) {
            String lk = text(child(row, "MA_LK"));
            if (lk.isEmpty()) {
                return reject(FILE_ERROR, "simulator.file.structure", "TRANG_THAI_KCB/MA_LK");
            }
            String facility = text(child(row, "MA_CSKCB"));
            if (!facility.isEmpty() && !facility.equals(account.maCskcb())) {
                return reject(FILE_ERROR, "simulator.file.facility", facility, account.maCskcb());
            }
            maLk.add(lk);
        }
        return new Review(null, maLk);
    }

    /** GIAMDINHHS: THONGTINDONVI/MACSKCB, THONGTINHOSO/{NGAYLAP, SOLUONGHOSO, DANHSACHHOSO/HOSO/FILEHOSO} (§I.3.4). */
    private Review dossier(Document document, Element root, GatewayAccount account) {
        String facility = text(child(child(root, "THONGTINDONVI"), "MACSKCB"));
        if (!facility.equals(account.maCskcb())) {
            return reject(FILE_ERROR, "simulator.file.facility", facility, account.maCskcb());
        }
        Element info = child(root, "THONGTINHOSO");
        Element list = child(info, "DANHSACHHOSO");
        List<Element> hoSoElements = list == null ? List.of() : children(list, "HOSO");
        if (hoSoElements.isEmpty()) {
            return reject(FILE_ERROR, "simulator.file.structure", "THONGTINHOSO/DANHSACHHOSO/HOSO");
        }
        String declared = text(child(info, "SOLUONGHOSO"));
        if (!declared.equals(String.valueOf(hoSoElements.size()))) {
            return reject(FILE_ERROR, "simulator.file.count", declared, String.valueOf(hoSoElements.size()));
        }
        List<ReceivedDossier.HoSo> hoSo = new ArrayList<>();
        for (Element element : hoSoElements) {
            Map<String, Document> files = new LinkedHashMap<>();
            for (Element fileHoSo : children(element, "FILEHOSO")) {
                String type = text(child(fileHoSo, "LOAIHOSO"));
                if (!LOAI_HO_SO.matcher(type).matches()) {
                    return reject(FILE_ERROR, "simulator.file.loaiHoSo", type);
                }
                if (files.containsKey(type)) {
                    return reject(FILE_ERROR, "simulator.file.duplicateTable", type);
                }
                byte[] content;
                try {
                    content = Base64.getDecoder().decode(text(child(fileHoSo, "NOIDUNGFILE")));
                } catch (IllegalArgumentException notBase64) {
                    return reject(FILE_ERROR, "simulator.file.innerBase64", type);
                }
                try {
                    files.put(type, SecureXml.parse(content));
                } catch (DomainException refused) {
                    return reject(FILE_ERROR, "simulator.file.innerXml", type, refused.getMessage());
                }
            }
            Document xml1 = files.get("XML1");
            String maLk = xml1 == null ? "" : text(child(xml1.getDocumentElement(), "MA_LK"));
            if (maLk.isEmpty()) {
                return reject(FILE_ERROR, "simulator.file.structure", "HOSO/XML1/MA_LK");
            }
            hoSo.add(new ReceivedDossier.HoSo(maLk, files));
        }
        ReceivedDossier received = new ReceivedDossier(document, facility, hoSo);
        Optional<Rejection> problem = inspector.inspect(received);
        if (problem.isPresent()) {
            return new Review(problem.get(), List.of());
        }
        return new Review(null, hoSo.stream().map(ReceivedDossier.HoSo::maLk).toList());
    }

    private static Review reject(String code, String key, Object... args) {
        return new Review(new Rejection(code, GatewayMessages.standard().text(GatewayMessages.VIETNAMESE, key, args)),
                List.of());
    }

    private static String name(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    private static Element lastChildElement(Element parent) {
        for (Node node = parent.getLastChild(); node != null; node = node.getPreviousSibling()) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                return (Element) node;
            }
        }
        return null;
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.ELEMENT_NODE && localName.equals(name(node))) {
                return (Element) node;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.ELEMENT_NODE && localName.equals(name(node))) {
                found.add((Element) node);
            }
        }
        return found;
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }
}
