package vn.his.billing.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.his.billing.BillingException;

/**
 * {@link RuleBook} over rule rows held in memory. The constructor checks the rows once: two rows of the same key
 * must never be in force on the same day, otherwise a lookup would depend on row order.
 */
public final class InMemoryRuleBook implements RuleBook {

    private final RuleSet rules;

    public InMemoryRuleBook(RuleSet rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        checkNoOverlap("billing_base_salary", rules.baseSalaries(), r -> "-", BaseSalaryRule::validity);
        checkNoOverlap("billing_benefit_level", rules.benefitLevels(), r -> String.valueOf(r.digit()),
                BenefitLevelRule::validity);
        checkNoOverlap("billing_group_code", rules.groupCodes(), GroupCodeRule::groupCode, GroupCodeRule::validity);
        checkNoOverlap("billing_benefit_override", rules.overrides(), r -> r.groupCode() + r.printedDigit(),
                BenefitOverrideRule::validity);
        checkNoOverlap("billing_visit_object", rules.visitObjects(), r -> String.valueOf(r.rank()),
                VisitObjectRule::validity);
        checkNoOverlap("billing_threshold", rules.thresholds(), r -> r.kind().name(), ThresholdRule::validity);
        for (ServiceRateRule a : rules.serviceRates()) {
            for (ServiceRateRule b : rules.serviceRates()) {
                if (a != b && a.kind() == b.kind() && a.ordinalsOverlap(b) && a.validity().overlaps(b.validity())) {
                    throw new BillingException("billing.rules.overlap", "billing_service_rate",
                            a.kind() + " #" + a.ordinalFrom(), a.validity().toString(), b.validity().toString());
                }
            }
        }
    }

    private static <T> void checkNoOverlap(String table, List<T> rows, Function<T, String> key,
                                           Function<T, Validity> validity) {
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                T a = rows.get(i);
                T b = rows.get(j);
                if (key.apply(a).equals(key.apply(b)) && validity.apply(a).overlaps(validity.apply(b))) {
                    throw new BillingException("billing.rules.overlap", table, key.apply(a),
                            validity.apply(a).toString(), validity.apply(b).toString());
                }
            }
        }
    }

    private static <T> Optional<T> inForce(List<T> rows, Function<T, Validity> validity, LocalDate date,
                                           Predicate<T> filter) {
        return rows.stream().filter(r -> validity.apply(r).covers(date)).filter(filter).findFirst();
    }

    private static void requireDate(LocalDate date) {
        if (date == null) {
            throw new BillingException("billing.rules.dateRequired");
        }
    }

    @Override
    public BigDecimal baseSalary(LocalDate date) {
        requireDate(date);
        return inForce(rules.baseSalaries(), BaseSalaryRule::validity, date, r -> true)
                .map(BaseSalaryRule::amount)
                .orElseThrow(() -> new BillingException("billing.rules.noBaseSalary", date.toString()));
    }

    @Override
    public BenefitEntitlement benefit(String groupCode, int printedDigit, LocalDate date) {
        requireDate(date);
        if (groupCode == null || !groupCode.matches("[A-Z]{2}")) {
            throw new BillingException("billing.card.groupInvalid", String.valueOf(groupCode));
        }
        if (printedDigit < 1 || printedDigit > 5) {
            throw new BillingException("billing.card.digitInvalid", String.valueOf(printedDigit));
        }
        boolean groupKnown = rules.groupCodes().stream()
                .anyMatch(r -> r.groupCode().equals(groupCode) && r.validity().covers(date));
        if (!groupKnown) {
            throw new BillingException("billing.card.groupUnknown", groupCode, date.toString());
        }
        Optional<BenefitOverrideRule> override = inForce(rules.overrides(), BenefitOverrideRule::validity, date,
                r -> r.groupCode().equals(groupCode) && r.printedDigit() == printedDigit);
        int effective = override.map(BenefitOverrideRule::effectiveDigit).orElse(printedDigit);
        BenefitLevelRule level = inForce(rules.benefitLevels(), BenefitLevelRule::validity, date,
                r -> r.digit() == effective)
                .orElseThrow(() -> new BillingException("billing.rules.noBenefitLevel", String.valueOf(effective),
                        date.toString()));
        boolean matches = inForce(rules.groupCodes(), GroupCodeRule::validity, date,
                r -> r.groupCode().equals(groupCode) && r.digit() == effective).isPresent();
        String source = override.map(o -> o.source() + " | ").orElse("") + level.source();
        return new BenefitEntitlement(groupCode, printedDigit, effective, level.percent(), level.ratioLimitsApply(),
                level.paysOutOfScope(), override.isPresent(), matches, source);
    }

    @Override
    public List<VisitObjectRule> visitObjects(LocalDate date) {
        requireDate(date);
        List<VisitObjectRule> rows = new ArrayList<>();
        for (VisitObjectRule rule : rules.visitObjects()) {
            if (rule.validity().covers(date)) {
                rows.add(rule);
            }
        }
        rows.sort(Comparator.comparingInt(VisitObjectRule::rank));
        return List.copyOf(rows);
    }

    @Override
    public BigDecimal thresholdMultiple(ThresholdKind kind, LocalDate date) {
        requireDate(date);
        return inForce(rules.thresholds(), ThresholdRule::validity, date, r -> r.kind() == kind)
                .map(ThresholdRule::multiple)
                .orElseThrow(() -> new BillingException("billing.rules.noThreshold", kind.name(), date.toString()));
    }

    @Override
    public BigDecimal servicePercent(ServiceRateKind kind, int ordinal, LocalDate date) {
        requireDate(date);
        if (ordinal < 1) {
            throw new BillingException("billing.line.ordinalInvalid", String.valueOf(ordinal));
        }
        return inForce(rules.serviceRates(), ServiceRateRule::validity, date,
                r -> r.kind() == kind && r.coversOrdinal(ordinal))
                .map(ServiceRateRule::percent)
                .orElseThrow(() -> new BillingException("billing.rules.noServiceRate", kind.name(),
                        String.valueOf(ordinal), date.toString()));
    }

    @Override
    public boolean fullBenefitAt(CareLevel careLevel, FormerRoute formerRoute, LocalDate date) {
        requireDate(date);
        return rules.fullBenefitLevels().stream()
                .anyMatch(r -> r.validity().covers(date) && r.matches(careLevel, formerRoute));
    }
}
