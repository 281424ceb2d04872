package vn.his.export.claim;

/** Why a claim version was made. */
public enum ClaimReason {
    /** The first settlement of the encounter (priced version 1). */
    SETTLEMENT,
    /** The patient's payment was recorded: NGAY_TTOAN changes (QĐ 4750 Bảng 1: re-send when paid). */
    PAYMENT_RECORDED,
    /** A correction of a settled encounter froze a new priced version; its reason is kept. */
    CORRECTION,
    /** A held claim assembled again after its data was fixed. */
    REASSESSMENT
}
