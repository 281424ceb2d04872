package vn.his.export.claim;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import vn.his.export.envelope.DossierEnvelopeWriter;
import vn.his.export.envelope.binding.FileHoSo;
import vn.his.export.envelope.binding.GiamDinhHs;
import vn.his.export.envelope.binding.SkeletonPrefixes;
import vn.his.export.xml.JaxbXml;
import vn.his.export.xml.TableDocument;

/**
 * Writes the unsigned GIAMDINHHS file of a frozen claim version from its stored table documents, with the same
 * envelope as {@link DossierEnvelopeWriter} (same bytes for the same tables and NGAYLAP), so a dossier is re-made
 * from the frozen bytes, never from live data. The check-in document (XML0) is not part of the dossier.
 */
public final class StoredDossierWriter {

    private static final DateTimeFormatter NGAYLAP = DateTimeFormatter.ofPattern("yyyyMMdd");

    public byte[] write(String facilityCode, LocalDate ngayLap, List<TableDocument> tables) {
        Base64.Encoder base64 = Base64.getEncoder();
        List<FileHoSo> files = tables.stream()
                .filter(t -> !t.loaiHoSo().equals(ClaimDocuments.CHECK_IN))
                .map(t -> new FileHoSo(t.loaiHoSo(), base64.encodeToString(t.content())))
                .toList();
        return JaxbXml.marshal(new GiamDinhHs(facilityCode, NGAYLAP.format(ngayLap), List.of(files)),
                Map.of(SkeletonPrefixes.PROPERTY, new SkeletonPrefixes()));
    }
}
