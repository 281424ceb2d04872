package vn.his.export.gateway.simulator;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.w3c.dom.Document;

/**
 * A dossier (GIAMDINHHS) as the simulator received it, with every FILEHOSO already base64-decoded and parsed
 * securely (xml130.md §2.1).
 *
 * @param envelope the GIAMDINHHS document
 * @param maCskcb  THONGTINDONVI/MACSKCB
 * @param hoSo     one entry per HOSO, in document order
 */
public record ReceivedDossier(Document envelope, String maCskcb, List<HoSo> hoSo) {

    public ReceivedDossier {
        Objects.requireNonNull(envelope, "envelope");
        hoSo = List.copyOf(hoSo);
    }

    /**
     * One encounter of the dossier.
     *
     * @param maLk  MA_LK read from XML1
     * @param files decoded tables by LOAIHOSO (XML1, XML2, …), in document order
     */
    public record HoSo(String maLk, Map<String, Document> files) {

        public HoSo {
            files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
        }

        public Optional<Document> file(String loaiHoSo) {
            return Optional.ofNullable(files.get(loaiHoSo));
        }
    }
}
