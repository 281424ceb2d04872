package vn.his.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.his.billing.Explanation;
import vn.his.billing.rules.BenefitEntitlement;

/** Mutable working state of one line while the encounter is priced; never leaves the package. */
final class WorkLine {

    final int index;
    final ChargeLine line;
    final LocalDate date;
    final List<Explanation> explanations = new ArrayList<>();

    CardPeriod card;
    BenefitEntitlement entitlement;
    BigDecimal quantity;
    BigDecimal hospitalPrice;
    BigDecimal fundPrice;
    BigDecimal serviceRate;
    BigDecimal fundRate;
    boolean armedForces;
    BigDecimal bv;
    BigDecimal bh;
    BigDecimal supplyCeiling;
    BigDecimal mucHuong;
    BigDecimal bhttProvisional;
    BigDecimal bncctProvisional;
    boolean inScopeReached;
    LineAmounts amounts;

    WorkLine(int index, ChargeLine line) {
        this.index = index;
        this.line = line;
        this.date = line.orderedAt().toLocalDate();
    }

    boolean covered() {
        return entitlement != null;
    }

    void explain(String key, Object... args) {
        explanations.add(Explanation.of(key, args));
    }
}
