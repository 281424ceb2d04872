package vn.his.export.claim;

import java.time.LocalDate;
import java.util.List;

import vn.his.export.envelope.DossierEnvelopeWriter;
import vn.his.export.xml.TableDocument;

/**
 * Writes the unsigned GIAMDINHHS file of a frozen claim version from its stored table documents through
 * {@link DossierEnvelopeWriter#envelope} (one code, so the same bytes for the same tables and NGAYLAP), so a dossier
 * is re-made from the frozen bytes, never from live data. The check-in document (XML0) is not part of the dossier.
 */
public final class StoredDossierWriter {

    public byte[] write(String facilityCode, LocalDate ngayLap, List<TableDocument> tables) {
        return DossierEnvelopeWriter.envelope(facilityCode, ngayLap,
                tables.stream().filter(t -> !t.loaiHoSo().equals(ClaimDocuments.CHECK_IN)).toList());
    }
}
