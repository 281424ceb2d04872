package vn.his.billing.visit;

import java.math.BigDecimal;

import vn.his.billing.BillingException;
import vn.his.billing.rules.CareLevel;
import vn.his.billing.rules.FormerRoute;

/**
 * The treating facility as the route rules see it (bhyt-rules §4.1), on the encounter date.
 *
 * @param code              MA_CSKCB, 5 digits
 * @param careLevel         technical level since 01/01/2025; {@code null} for older encounters if unknown
 * @param formerRoute       tuyến before 01/01/2025; {@code null} for a facility that had none
 * @param rankingPoints     ranking points of a basic-level facility, or {@code null}
 * @param provisional       provisionally ranked (tạm xếp cấp)
 * @param listedPrimaryUnit one of the primary units listed by code 1.2 of QĐ 3276 (commune station, family
 *                          medicine, military-civilian station, regional health centre licensed as a clinic,
 *                          agency clinic, armed-forces primary care); other primary-level facilities get 1.11
 */
public record FacilityProfile(String code, CareLevel careLevel, FormerRoute formerRoute, BigDecimal rankingPoints,
                              boolean provisional, boolean listedPrimaryUnit) {

    public FacilityProfile {
        if (code == null || !code.matches("\\d{5}")) {
            throw new BillingException("billing.visit.facilityCodeInvalid", String.valueOf(code));
        }
        if (careLevel == null && formerRoute == null) {
            throw new BillingException("billing.visit.facilityLevelMissing", code);
        }
        if (rankingPoints != null && (rankingPoints.signum() < 0 || rankingPoints.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new BillingException("billing.visit.pointsInvalid", code, rankingPoints);
        }
        if (listedPrimaryUnit && careLevel != CareLevel.PRIMARY) {
            throw new BillingException("billing.visit.primaryUnitNotPrimary", code);
        }
    }
}
