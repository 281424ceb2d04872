package vn.his.billing.settlement;

import java.time.LocalDateTime;

/**
 * Published (after commit) when the payment of a settled version is recorded, at settlement or later
 * (discharged unpaid). NGAY_TTOAN changes, so export queues the dossier again.
 */
public record PaymentRecorded(long encounterId, String maLk, int version, LocalDateTime paidAt) {
}
