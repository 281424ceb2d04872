package vn.his.web.settlement;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One encounter of the clerk's worklist; {@code version} and {@code patientDue} (T_BNCCT + T_BNTT of the current
 * version) only for a settled-unpaid one.
 */
public record WorklistRow(long id, String maLk, String patientCode, String patientName, String status,
                          LocalDateTime arrivalTime, LocalDateTime dischargeTime, Integer version,
                          BigDecimal patientDue) {
}
