package vn.his.export.claim;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.his.billing.settlement.EncounterSettled;
import vn.his.billing.settlement.PaymentRecorded;
import vn.his.core.encounter.CostRecorded;

/**
 * The export side of the recording and settling transactions: the events are published inside them and these
 * listeners run synchronously in the same transaction (transactional outbox), so a cost, a settlement or a payment
 * never commits without its check-in, claim version or dossier, and a failure here rolls the whole change back.
 */
@Component
public class ClaimEventListener {

    private final CheckInService checkIns;
    private final ClaimService claims;

    public ClaimEventListener(CheckInService checkIns, ClaimService claims) {
        this.checkIns = checkIns;
        this.claims = claims;
    }

    @EventListener
    public void on(CostRecorded event) {
        if (event.firstOfEncounter() || event.firstInWard()) {
            checkIns.costRecorded(event.encounterId(), event.lineNo());
        }
    }

    @EventListener
    public void on(EncounterSettled event) {
        claims.settled(event.encounterId(), event.version());
    }

    @EventListener
    public void on(PaymentRecorded event) {
        claims.paymentRecorded(event.encounterId(), event.version(), event.paidAt());
    }
}
