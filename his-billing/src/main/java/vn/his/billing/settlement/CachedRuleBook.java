package vn.his.billing.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import vn.his.billing.rules.BenefitEntitlement;
import vn.his.billing.rules.CareLevel;
import vn.his.billing.rules.FormerRoute;
import vn.his.billing.rules.RuleBook;
import vn.his.billing.rules.ServiceRateKind;
import vn.his.billing.rules.ThresholdKind;
import vn.his.billing.rules.VisitObjectRule;

/**
 * A rule book loaded once, at its first question (so the database is migrated by then), and kept for the life
 * of the application. A failed load is not cached: the next question tries again and reports the same error.
 */
final class CachedRuleBook implements RuleBook {

    private final Supplier<RuleBook> loader;
    private volatile RuleBook loaded;

    CachedRuleBook(Supplier<RuleBook> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    private RuleBook rules() {
        RuleBook r = loaded;
        if (r == null) {
            synchronized (this) {
                r = loaded;
                if (r == null) {
                    r = Objects.requireNonNull(loader.get(), "loaded rule book");
                    loaded = r;
                }
            }
        }
        return r;
    }

    @Override
    public BigDecimal baseSalary(LocalDate date) {
        return rules().baseSalary(date);
    }

    @Override
    public BenefitEntitlement benefit(String groupCode, int printedDigit, LocalDate date) {
        return rules().benefit(groupCode, printedDigit, date);
    }

    @Override
    public List<VisitObjectRule> visitObjects(LocalDate date) {
        return rules().visitObjects(date);
    }

    @Override
    public BigDecimal thresholdMultiple(ThresholdKind kind, LocalDate date) {
        return rules().thresholdMultiple(kind, date);
    }

    @Override
    public BigDecimal thresholdAmount(ThresholdKind kind, LocalDate date) {
        return rules().thresholdAmount(kind, date);
    }

    @Override
    public BigDecimal servicePercent(ServiceRateKind kind, int ordinal, LocalDate date) {
        return rules().servicePercent(kind, ordinal, date);
    }

    @Override
    public boolean fullBenefitAt(CareLevel careLevel, FormerRoute formerRoute, LocalDate date) {
        return rules().fullBenefitAt(careLevel, formerRoute, date);
    }
}
