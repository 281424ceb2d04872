package vn.his.export.envelope;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.w3c.dom.Element;

import vn.his.core.common.DomainException;
import vn.his.export.xml.SecureXml;

/**
 * Reads a GIAMDINHHS file back, independently of the writer (secure DOM parsing, no JAXB): the facility, NGAYLAP,
 * SOLUONGHOSO and, per HOSO, every FILEHOSO with its NOIDUNGFILE decoded from standard base64. Refuses a DOCTYPE,
 * a wrong structure, a count that does not match, and base64 that is not strict (line breaks, wrong alphabet).
 */
public final class DossierReader {

    public Dossier read(byte[] file) {
        Element root = SecureXml.parse(file).getDocumentElement();
        expect(root, "GIAMDINHHS");
        List<Element> parts = TableReader.children(root);
        if (parts.size() != 3) {
            throw new DomainException("export.read.unexpectedStructure", "GIAMDINHHS");
        }
        Element donVi = expect(parts.get(0), "THONGTINDONVI");
        Element hoSo = expect(parts.get(1), "THONGTINHOSO");
        Element chuKy = expect(parts.get(2), "CHUKYDONVI");
        String facility = text(single(donVi, "MACSKCB"));
        List<Element> info = TableReader.children(hoSo);
        if (info.size() != 3) {
            throw new DomainException("export.read.unexpectedStructure", "THONGTINHOSO");
        }
        String ngayLap = text(expect(info.get(0), "NGAYLAP"));
        int count;
        try {
            count = Integer.parseInt(text(expect(info.get(1), "SOLUONGHOSO")));
        } catch (NumberFormatException e) {
            throw new DomainException("export.read.unexpectedStructure", "SOLUONGHOSO");
        }
        Element list = expect(info.get(2), "DANHSACHHOSO");
        Base64.Decoder base64 = Base64.getDecoder();
        List<List<Dossier.DossierFile>> records = new ArrayList<>();
        for (Element record : TableReader.children(list)) {
            expect(record, "HOSO");
            List<Dossier.DossierFile> files = new ArrayList<>();
            for (Element fileHoSo : TableReader.children(record)) {
                expect(fileHoSo, "FILEHOSO");
                String loai = text(single(fileHoSo, "LOAIHOSO"));
                String content = text(single(fileHoSo, "NOIDUNGFILE"));
                try {
                    files.add(new Dossier.DossierFile(loai, base64.decode(content)));
                } catch (IllegalArgumentException e) {
                    throw new DomainException("export.read.badBase64", loai);
                }
            }
            records.add(files);
        }
        if (records.size() != count) {
            throw new DomainException("export.read.countMismatch", count, records.size());
        }
        return new Dossier(facility, ngayLap, count, records, !TableReader.children(chuKy).isEmpty());
    }

    private static Element expect(Element element, String name) {
        if (!element.getTagName().equals(name) || element.getNamespaceURI() != null) {
            throw new DomainException("export.read.unexpectedElement", element.getTagName(), name);
        }
        return element;
    }

    private static Element single(Element parent, String name) {
        List<Element> children = TableReader.children(parent);
        int expected = parent.getTagName().equals("FILEHOSO") ? 2 : 1; // FILEHOSO: LOAIHOSO, NOIDUNGFILE
        if (children.size() != expected) {
            throw new DomainException("export.read.unexpectedStructure", parent.getTagName());
        }
        List<Element> named = children.stream().filter(c -> c.getTagName().equals(name)).toList();
        if (named.size() != 1) {
            throw new DomainException("export.read.unexpectedStructure", parent.getTagName() + "/" + name);
        }
        return named.get(0);
    }

    private static String text(Element element) {
        return element.getTextContent();
    }
}
