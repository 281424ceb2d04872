package vn.his.export.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One stored claim version (a row of {@code claim_version}) without its documents and findings. */
public record StoredClaim(long id, long encounterId, String maLk, String facilityCode, int claimNo, int pricedVersion,
                          ClaimReason reason, String reasonText, String schemaVersion, LocalDate ngayLap,
                          String patientCode, String patientName, LocalDateTime arrivalTime,
                          LocalDateTime dischargeTime, LocalDateTime paymentTime, BigDecimal tTongchiBv,
                          BigDecimal tBhtt, BigDecimal tBncct, BigDecimal tBntt, ClaimStatus status, int errorCount,
                          int warningCount, Long submissionId, LocalDateTime createdAt) {
}
