package vn.his.billing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount (2 decimals) over weights so that the parts, each with 2 decimals, add up to exactly the
 * amount: floor every exact share to the cent, then give the missing cents to the largest remainders (ties to
 * the earlier position). No đồng is lost or created.
 */
final class Allocation {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private Allocation() {
    }

    static List<BigDecimal> proportional(BigDecimal total, List<BigDecimal> weights) {
        BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> parts = new ArrayList<>();
        if (weightSum.signum() == 0) {
            for (int i = 0; i < weights.size(); i++) {
                parts.add(Money.ZERO);
            }
            if (!parts.isEmpty()) {
                parts.set(0, total.setScale(2, RoundingMode.UNNECESSARY));
            }
            return parts;
        }
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (BigDecimal weight : weights) {
            BigDecimal exact = total.multiply(weight).divide(weightSum, 20, RoundingMode.DOWN);
            BigDecimal floor = exact.setScale(2, RoundingMode.DOWN);
            parts.add(floor);
            remainders.add(exact.subtract(floor));
            allocated = allocated.add(floor);
        }
        int missingCents = total.subtract(allocated).movePointRight(2).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        for (int k = 0; k < missingCents; k++) {
            int i = order.get(k % order.size());
            parts.set(i, parts.get(i).add(CENT));
        }
        return parts;
    }
}
