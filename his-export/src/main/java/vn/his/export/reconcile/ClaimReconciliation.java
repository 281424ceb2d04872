package vn.his.export.reconcile;

import java.math.BigDecimal;
import java.util.List;

/**
 * A claim (MA_LK) across its versions: what each version claimed, what the gateway's imported assessment accepted
 * and refused, line by line, and for a refused line what the next version (the correction) claims for the same item
 * — the before and after of a correction.
 */
public record ClaimReconciliation(String maLk, String facilityCode, List<Version> versions) {

    /**
     * @param assessed whether any assessment result was imported for this version
     * @param refused  Σ refused of its matched results; {@code accepted} = claimed − refused when assessed
     */
    public record Version(long claimVersionId, int claimNo, String reason, String reasonText, String status,
                          String submissionStatus, String maGiaoDich, BigDecimal claimed, boolean assessed,
                          BigDecimal accepted, BigDecimal refused, List<Refusal> claimRefusals, List<Line> lines) {
    }

    /**
     * One XML2/XML3 line.
     *
     * @param nextClaimed Σ T_BHTT of the lines of the same table and item code in the next version; {@code null} when
     *                    there is no next version, zero when the correction removed the item
     */
    public record Line(String tableCode, int stt, String itemCode, String itemName, BigDecimal quantity,
                       BigDecimal claimed, BigDecimal refused, List<Refusal> refusals, Integer nextClaimNo,
                       BigDecimal nextClaimed) {
    }

    /** One matched result row of the gateway's assessment. */
    public record Refusal(BigDecimal refused, String reasonCode, String reasonText, long importId) {
    }
}
