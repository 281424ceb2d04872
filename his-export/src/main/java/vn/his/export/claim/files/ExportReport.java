package vn.his.export.claim.files;

import java.util.List;

/**
 * What an export wrote: the number of dossiers (signed {@code <MA_LK>.xml}) and check-in files
 * ({@code <MA_LK>_XML0.xml}), the encounters left out because their latest claim version has errors, and the ids of
 * the encounters whose dossier was written ({@code exportedEncounterIds}, in MA_LK order), so that a caller can record
 * who read which patient's records (the web records a VIEW per encounter the export names).
 */
public record ExportReport(int dossiers, int checkIns, List<LeftOut> leftOut, List<Long> exportedEncounterIds) {

    public ExportReport {
        leftOut = List.copyOf(leftOut);
        exportedEncounterIds = List.copyOf(exportedEncounterIds);
    }

    /** 0 when everything of the period was exported, 2 when some encounters were left out. */
    public int exitCode() {
        return leftOut.isEmpty() ? 0 : 2;
    }

    /**
     * An encounter not exported, with the Vietnamese messages of its errors; it is still listed in summary.csv (with
     * the patient's name, MA_BN and amounts).
     */
    public record LeftOut(long encounterId, String maLk, String facilityCode, int claimNo, List<String> errors) {
        public LeftOut {
            errors = List.copyOf(errors);
        }
    }
}
