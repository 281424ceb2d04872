package vn.his.export.claim.files;

import java.util.List;

/**
 * What an export wrote: the number of dossiers (signed {@code <MA_LK>.xml}) and check-in files
 * ({@code <MA_LK>_XML0.xml}), and the encounters left out because their latest claim version has errors.
 */
public record ExportReport(int dossiers, int checkIns, List<LeftOut> leftOut) {

    public ExportReport {
        leftOut = List.copyOf(leftOut);
    }

    /** 0 when everything of the period was exported, 2 when some encounters were left out. */
    public int exitCode() {
        return leftOut.isEmpty() ? 0 : 2;
    }

    /** An encounter not exported, with the Vietnamese messages of its errors. */
    public record LeftOut(String maLk, String facilityCode, int claimNo, List<String> errors) {
        public LeftOut {
            errors = List.copyOf(errors);
        }
    }
}
