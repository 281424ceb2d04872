package vn.his.billing.settlement;

import java.time.LocalDateTime;

/**
 * Published inside the recording transaction when the payment of a settled version is recorded, at settlement
 * or later (discharged unpaid). NGAY_TTOAN changes, so export queues the dossier again in the same transaction.
 */
public record PaymentRecorded(long encounterId, String maLk, int version, LocalDateTime paidAt) {
}
