package vn.his.export.envelope;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

    /** The unsigned GIAMDINHHS bytes (UTF-8, with declaration). */
    public byte[] write(ClaimSnapshot snapshot, LocalDate ngayLap) {
        Base64.Encoder base64 = Base64.getEncoder();
        List<FileHoSo> files = tables.write(snapshot).stream()
                .map((TableDocument t) -> new FileHoSo(t.loaiHoSo(), base64.encodeToString(t.content())))
                .toList();
        return JaxbXml.marshal(new GiamDinhHs(snapshot.facilityCode(), NGAYLAP.format(ngayLap), List.of(files)),
                Map.of(SkeletonPrefixes.PROPERTY, new SkeletonPrefixes()));
    }
}
