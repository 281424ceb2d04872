package vn.his.claimtests;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The stand-ins for the settlement ledger (billing) and the outbox (delivery) in the claim tests. */
@TestConfiguration(proxyBeanMethods = false)
public class ClaimTestBeans {

    @Bean
    public InMemorySettlementLedger settlementLedger() {
        return new InMemorySettlementLedger();
    }

    @Bean
    public RecordingSubmissionQueue submissionQueue() {
        return new RecordingSubmissionQueue();
    }
}
