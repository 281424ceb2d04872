package vn.his.web.demo;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.settlement.Payment;
import vn.his.billing.settlement.PaymentMethod;
import vn.his.billing.settlement.SettlementService;
import vn.his.core.common.ClinicalTime;
import vn.his.core.common.DomainException;
import vn.his.core.encounter.EncounterService;

/**
 * Settles the demo's finished encounters through {@link SettlementService}, as the cashier would: most are settled,
 * of those about half paid in cash and a quarter by transfer at discharge, the rest discharged unpaid; a few settled
 * ones are corrected and settled again (version 2). Encounters discharged after now stay FINISHED. Deterministic for
 * the demo's random sequence.
 */
@Component
public class DemoSettlement {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSettlement.class);
    static final String CASHIER = "thu.ngan.demo";

    private final SettlementService settlement;
    private final EncounterService encounters;
    private final ClinicalTime time;
    private final TransactionTemplate tx;

    public DemoSettlement(SettlementService settlement, EncounterService encounters, ClinicalTime time,
                          TransactionTemplate tx) {
        this.settlement = settlement;
        this.encounters = encounters;
        this.time = time;
        this.tx = tx;
    }

    /** What the settling did, for the log and the tests. */
    public record Outcome(int settled, int paidCash, int paidTransfer, int unpaid, int corrected, int leftFinished,
                          int refused) {
    }

    public Outcome settle(List<Long> finished, Random random) {
        int settled = 0;
        int cash = 0;
        int transfer = 0;
        int unpaid = 0;
        int corrected = 0;
        int left = 0;
        int refused = 0;
        LocalDateTime now = time.now();
        for (Long id : finished) {
            int way = random.nextInt(100);
            int minutes = 5 + random.nextInt(55);
            boolean correct = random.nextInt(40) == 0;
            LocalDateTime discharge = tx.execute(s -> encounters.get(id).dischargeTime());
            if (way < 10 || discharge.isAfter(now)) {
                left++;
                continue;
            }
            try {
                Optional<Payment> payment = Optional.empty();
                if (way < 75) {
                    PricedEncounter priced = settlement.preview(id, Optional.empty());
                    BigDecimal due = priced.totals().tBncct().add(priced.totals().tBntt());
                    LocalDateTime paidAt = discharge.plusMinutes(minutes).isAfter(now) ? now
                            : discharge.plusMinutes(minutes);
                    boolean byTransfer = way >= 55;
                    payment = Optional.of(new Payment(byTransfer ? PaymentMethod.TRANSFER : PaymentMethod.CASH, paidAt,
                            due, byTransfer ? "FT" + (26_000_000 + id) : "BL-" + id));
                    if (byTransfer) {
                        transfer++;
                    } else {
                        cash++;
                    }
                } else {
                    unpaid++;
                }
                settlement.settle(id, Optional.empty(), CASHIER, payment);
                settled++;
                if (correct) {
                    settlement.startCorrection(id, "Rà soát lại bảng kê theo yêu cầu của giám định viên", CASHIER);
                    settlement.settle(id, Optional.empty(), CASHIER, Optional.empty());
                    corrected++;
                }
            } catch (DomainException e) {
                // a demo encounter the rules refuse stays FINISHED, visible to the cashier, and is reported here
                refused++;
                LOG.warn("Demo encounter {} not settled: {}", id, e.getMessage());
            }
        }
        Outcome outcome = new Outcome(settled, cash, transfer, unpaid, corrected, left, refused);
        LOG.info("Demo settlement: {}", outcome);
        return outcome;
    }
}
