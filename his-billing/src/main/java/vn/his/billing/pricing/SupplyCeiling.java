package vn.his.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.his.billing.rules.RuleBook;
import vn.his.billing.rules.ThresholdKind;

/**
 * T_TRANTT: the supplies of one use of a technical service (one GOI_VTYT package) are paid on at most 45 months
 * of base salary (TT 04/2017/TT-BYT art. 3 §2(b); multiple and dates are data). Only in-scope supplies in the
 * list without a payment ratio (MA_NHOM 10) are capped; supplies with a ratio (MA_NHOM 11) are exempt from the
 * cap. The capped THANH_TIEN_BH is shared over the package lines in proportion to their fund amounts, to the
 * cent ({@link Allocation}); the part above the ceiling becomes T_BNTT.
 */
final class SupplyCeiling {

    private static final int SUPPLY_IN_LIST = 10;

    private final RuleBook rules;

    SupplyCeiling(RuleBook rules) {
        this.rules = rules;
    }

    void apply(List<WorkLine> lines) {
        Map<String, List<WorkLine>> packages = new LinkedHashMap<>();
        for (WorkLine w : lines) {
            if (w.line.supplyPackage() != null && w.line.costGroup() == SUPPLY_IN_LIST && w.covered()
                    && w.line.scope() == Scope.IN_SCOPE) {
                packages.computeIfAbsent(w.line.supplyPackage(), k -> new ArrayList<>()).add(w);
            }
        }
        for (Map.Entry<String, List<WorkLine>> entry : packages.entrySet()) {
            List<WorkLine> members = entry.getValue();
            LocalDate first = members.stream().map(m -> m.date).min(LocalDate::compareTo).orElseThrow();
            BigDecimal ceiling = rules.thresholdAmount(ThresholdKind.SUPPLY_CEILING, first);
            BigDecimal sum = members.stream().map(m -> m.bh).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (WorkLine m : members) {
                m.supplyCeiling = ceiling;
            }
            if (sum.compareTo(ceiling) <= 0) {
                continue;
            }
            List<BigDecimal> shares = Allocation.proportional(ceiling, members.stream().map(m -> m.bh).toList());
            for (int i = 0; i < members.size(); i++) {
                WorkLine m = members.get(i);
                m.bh = shares.get(i);
                m.explain("billing.line.supplyCeiling", entry.getKey(), sum, ceiling);
            }
        }
    }
}
