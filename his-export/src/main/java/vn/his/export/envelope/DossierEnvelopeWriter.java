package vn.his.export.envelope;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import vn.his.export.envelope.binding.FileHoSo;
import vn.his.export.envelope.binding.GiamDinhHs;
import vn.his.export.envelope.binding.SkeletonPrefixes;
import vn.his.export.xml.ClaimSnapshot;
import vn.his.export.xml.JaxbXml;
import vn.his.export.xml.TableDocument;
import vn.his.export.xml.Xml130Writer;

/**
 * Builds the GIAMDINHHS file of one encounter (CV 1245/BHXH-CNTT §3.4; "mỗi file XML là một hồ sơ KCB"):
 * THONGTINDONVI/MACSKCB, THONGTINHOSO with NGAYLAP (yyyyMMdd), SOLUONGHOSO = 1 and one HOSO whose FILEHOSO
 * elements carry the tables of the encounter (LOAIHOSO, NOIDUNGFILE = standard base64 without line breaks of the
 * table's UTF-8 XML), then an empty CHUKYDONVI for the signature. NGAYLAP is an input, not the clock, so the same
 * snapshot and date give the same bytes.
 */
public final class DossierEnvelopeWriter {

    private static final DateTimeFormatter NGAYLAP = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Xml130Writer tables;

    public DossierEnvelopeWriter(Xml130Writer tables) {
        this.tables = tables;
    }

    /**
     * The unsigned GIAMDINHHS bytes (UTF-8, with declaration). JAXB writes the envelope around a short placeholder per
     * table; the tables' base64 is then copied in as bytes. Base64 holds only {@code A–Z a–z 0–9 + / =}, none of
     * which XML escapes, so the bytes are those JAXB would write, without JAXB checking every character of the
     * encoded tables for escapes (most of an unsigned export's CPU before) nor the String copies in between.
     */
    public byte[] write(ClaimSnapshot snapshot, LocalDate ngayLap) {
        return envelope(snapshot.facilityCode(), ngayLap, tables.write(snapshot));
    }

    /** The unsigned GIAMDINHHS bytes of these table documents (also of a frozen claim's stored tables). */
    public static byte[] envelope(String facilityCode, LocalDate ngayLap, List<TableDocument> documents) {
        Base64.Encoder base64 = Base64.getEncoder();
        List<FileHoSo> files = new ArrayList<>(documents.size());
        byte[][] contents = new byte[documents.size()][];
        int size = 0;
        for (int i = 0; i < documents.size(); i++) {
            files.add(new FileHoSo(documents.get(i).loaiHoSo(), placeholder(i)));
            contents[i] = base64.encode(documents.get(i).content());
            size += contents[i].length;
        }
        byte[] skeleton = JaxbXml.marshal(new GiamDinhHs(facilityCode, NGAYLAP.format(ngayLap),
                List.of(files)), Map.of(SkeletonPrefixes.PROPERTY, new SkeletonPrefixes()));
        return splice(skeleton, contents, size);
    }

    private static String placeholder(int i) {
        return "@@HIS-NOIDUNGFILE-" + i + "@@";
    }

    /** The skeleton with placeholder i replaced by contents[i], in order (each is searched after the previous). */
    static byte[] splice(byte[] skeleton, byte[][] contents, int contentBytes) {
        int placeholders = 0;
        for (int i = 0; i < contents.length; i++) {
            placeholders += placeholder(i).length();
        }
        byte[] out = new byte[skeleton.length - placeholders + contentBytes];
        int from = 0;
        int at = 0;
        for (int i = 0; i < contents.length; i++) {
            byte[] mark = placeholder(i).getBytes(StandardCharsets.US_ASCII);
            int found = indexOf(skeleton, mark, from);
            if (found < 0) {
                throw new IllegalStateException("the envelope lost the place of table " + i);
            }
            System.arraycopy(skeleton, from, out, at, found - from);
            at += found - from;
            System.arraycopy(contents[i], 0, out, at, contents[i].length);
            at += contents[i].length;
            from = found + mark.length;
        }
        System.arraycopy(skeleton, from, out, at, skeleton.length - from);
        return out;
    }

    private static int indexOf(byte[] data, byte[] mark, int from) {
        outer:
        for (int i = from; i <= data.length - mark.length; i++) {
            for (int j = 0; j < mark.length; j++) {
                if (data[i + j] != mark[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
