package vn.his.billing.rules;

import java.util.List;

/** All rule rows, as loaded from the {@code billing_*} tables or built by a test. */
public record RuleSet(
        List<BaseSalaryRule> baseSalaries,
        List<BenefitLevelRule> benefitLevels,
        List<GroupCodeRule> groupCodes,
        List<BenefitOverrideRule> overrides,
        List<VisitObjectRule> visitObjects,
        List<FullBenefitLevelRule> fullBenefitLevels,
        List<ThresholdRule> thresholds,
        List<ServiceRateRule> serviceRates) {

    public RuleSet {
        baseSalaries = List.copyOf(baseSalaries);
        benefitLevels = List.copyOf(benefitLevels);
        groupCodes = List.copyOf(groupCodes);
        overrides = List.copyOf(overrides);
        visitObjects = List.copyOf(visitObjects);
        fullBenefitLevels = List.copyOf(fullBenefitLevels);
        thresholds = List.copyOf(thresholds);
        serviceRates = List.copyOf(serviceRates);
    }
}
