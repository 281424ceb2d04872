package vn.his.core.encounter;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Other sources paying part of a line (QĐ 4750 Bảng 2/3: T_NGUONKHAC_NSNN state budget, _VTNN foreign aid,
 * _VTTN domestic donors, _CL other), amounts with 2 decimals, never negative.
 */
public record OtherFunding(BigDecimal stateBudget, BigDecimal foreignAid, BigDecimal domesticAid, BigDecimal other) {

    public static final OtherFunding NONE = new OtherFunding(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    public OtherFunding {
        stateBudget = amount(stateBudget);
        foreignAid = amount(foreignAid);
        domesticAid = amount(domesticAid);
        other = amount(other);
    }

    public BigDecimal total() {
        return stateBudget.add(foreignAid).add(domesticAid).add(other);
    }

    private static BigDecimal amount(BigDecimal v) {
        if (v == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (v.signum() < 0) {
            throw new EncounterRuleException("line.otherFunding.negative", v);
        }
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
