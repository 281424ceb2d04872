package vn.his.export.reconcile;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One row of a claim's status history ({@code claim_status_event}). */
public record ClaimHistoryEntry(long id, String maLk, int claimNo, String facilityCode, ClaimStage stage,
                                LocalDateTime at, BigDecimal claimed, BigDecimal accepted, BigDecimal refused,
                                Long submissionId, String maGiaoDich, Long importId, String actor, String note) {
}
