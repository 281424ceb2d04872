package vn.his.export.envelope;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content of a GIAMDINHHS file as read back by {@link DossierReader}.
 *
 * @param facilityCode THONGTINDONVI/MACSKCB
 * @param ngayLap      NGAYLAP as written (yyyyMMdd)
 * @param declaredCount SOLUONGHOSO
 * @param records      one entry per HOSO, each the decoded table files in file order
 * @param signed       whether CHUKYDONVI holds a signature element
 */
public record Dossier(String facilityCode, String ngayLap, int declaredCount, List<List<DossierFile>> records,
                      boolean signed) {

    public Dossier {
        records = records.stream().map(List::copyOf).toList();
    }

    /** The decoded file of a table in the first (usually only) HOSO. */
    public Optional<DossierFile> file(String loaiHoSo) {
        return records.isEmpty() ? Optional.empty()
                : records.get(0).stream().filter(f -> f.loaiHoSo().equals(loaiHoSo)).findFirst();
    }

    /** The rows of a table in the first HOSO (empty when the table is absent). */
    public List<Map<String, String>> rows(String loaiHoSo) {
        return file(loaiHoSo).map(f -> TableReader.rows(f.content())).orElse(List.of());
    }

    public record DossierFile(String loaiHoSo, byte[] content) {
        public DossierFile {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
