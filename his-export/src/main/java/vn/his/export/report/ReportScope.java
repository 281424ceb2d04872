package vn.his.export.report;

import java.util.Objects;

/** Whose claims a report covers: one facility (by its 5-character MA_CSKCB) or every facility of a province. */
public record ReportScope(String facilityCode, String provinceCode) {

    public ReportScope {
        if ((facilityCode == null) == (provinceCode == null)) {
            throw new IllegalArgumentException("exactly one of facility code and province code");
        }
    }

    public static ReportScope facility(String facilityCode) {
        return new ReportScope(Objects.requireNonNull(facilityCode), null);
    }

    public static ReportScope province(String provinceCode) {
        return new ReportScope(null, Objects.requireNonNull(provinceCode));
    }

    /** The part of a file name that names the scope. */
    public String label() {
        return facilityCode != null ? facilityCode : "tinh-" + provinceCode;
    }
}
