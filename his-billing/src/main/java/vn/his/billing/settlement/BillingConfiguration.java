package vn.his.billing.settlement;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.his.billing.encounter.EncounterPricingAdapter;
import vn.his.billing.pricing.EncounterPricer;
import vn.his.billing.rules.JdbcRuleBookLoader;
import vn.his.billing.rules.RuleBook;

/** Billing's Spring edge: the rule book loaded once from the dated rule tables, the pricer and the adapter. */
@Configuration(proxyBeanMethods = false)
public class BillingConfiguration {

    /** Loaded on first use (after Flyway has migrated), then kept: rule rows change only by migration. */
    @Bean
    public RuleBook ruleBook(DataSource dataSource) {
        return new CachedRuleBook(() -> new JdbcRuleBookLoader(dataSource).load());
    }

    @Bean
    public EncounterPricer encounterPricer(RuleBook ruleBook) {
        return new EncounterPricer(ruleBook);
    }

    @Bean
    public EncounterPricingAdapter encounterPricingAdapter() {
        return new EncounterPricingAdapter();
    }
}
