package vn.his.web.settlement;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One encounter of the clerk's worklist; {@code version} and {@code patientDue} (T_BNCCT + T_BNTT of the current
 * version) only for a settled-unpaid one; {@code claimErrors} and {@code claimWarnings} are the pre-submission findings
 * of the latest claim version (null while the encounter has none: before its first settlement).
 */
public record WorklistRow(long id, String maLk, String patientCode, String patientName, String status,
                          LocalDateTime arrivalTime, LocalDateTime dischargeTime, Integer version,
                          BigDecimal patientDue, Integer claimErrors, Integer claimWarnings) {
}
