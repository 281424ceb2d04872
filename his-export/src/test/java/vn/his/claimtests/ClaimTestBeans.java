package vn.his.claimtests;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The stand-ins for the settlement ledger (billing) and the outbox (delivery) in the claim tests. */
@TestConfiguration(proxyBeanMethods = false)
public class ClaimTestBeans {

    /** Billing's rule book on the test database (migrated with billing's tables) for the check-in's visit object. */
    @Bean
    public vn.his.billing.rules.RuleBook ruleBook(javax.sql.DataSource dataSource) {
        return new vn.his.billing.settlement.BillingConfiguration().ruleBook(dataSource);
    }

    @Bean
    public vn.his.billing.encounter.EncounterPricingAdapter encounterPricingAdapter() {
        return new vn.his.billing.encounter.EncounterPricingAdapter();
    }

    @Bean
    public InMemorySettlementLedger settlementLedger() {
        return new InMemorySettlementLedger();
    }

    @Bean
    public RecordingSubmissionQueue submissionQueue() {
        return new RecordingSubmissionQueue();
    }
}
