package vn.his.web.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import vn.his.export.claim.StoredClaim;
import vn.his.export.claim.StoredFinding;

/** A claim version as the JSON API shows it, with its findings in the caller's language. */
public record ClaimView(String maLk, String facilityCode, int claimVersion, int pricedVersion, String reason,
                        String reasonText, String status, String schemaVersion, LocalDate ngayLap, String patientCode,
                        String patientName, LocalDateTime arrivalTime, LocalDateTime dischargeTime,
                        LocalDateTime paymentTime, BigDecimal tTongchiBv, BigDecimal tBhtt, BigDecimal tBncct,
                        BigDecimal tBntt, int errorCount, int warningCount, LocalDateTime createdAt,
                        List<FindingView> findings) {

    public record FindingView(String severity, String table, String field, Integer rowStt, String ruleId,
                              String message) {
    }

    static ClaimView of(StoredClaim c, List<StoredFinding> findings, Locale locale) {
        return new ClaimView(c.maLk(), c.facilityCode(), c.claimNo(), c.pricedVersion(), c.reason().name(),
                c.reasonText(), c.status().name(), c.schemaVersion(), c.ngayLap(), c.patientCode(), c.patientName(),
                c.arrivalTime(), c.dischargeTime(), c.paymentTime(), c.tTongchiBv(), c.tBhtt(), c.tBncct(), c.tBntt(),
                c.errorCount(), c.warningCount(), c.createdAt(),
                findings.stream().map(f -> new FindingView(f.severity().name(), f.table(), f.field(), f.rowStt(),
                        f.ruleId(), f.message(locale))).toList());
    }
}
