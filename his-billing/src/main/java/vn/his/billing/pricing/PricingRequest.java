package vn.his.billing.pricing;

import java.util.List;
import java.util.Objects;

import vn.his.billing.visit.VisitContext;

/**
 * What {@link EncounterPricer#price} needs: the encounter key, the arrival circumstances (for MA_DOITUONG_KCB),
 * the card periods, the co-payment position and the lines.
 */
public record PricingRequest(String encounterId, VisitContext visit, List<CardPeriod> cards,
                             CoPaymentStatus coPayment, List<ChargeLine> lines) {

    public PricingRequest {
        cards = cards == null ? List.of() : List.copyOf(cards);
        lines = lines == null ? List.of() : List.copyOf(lines);
        coPayment = Objects.requireNonNullElse(coPayment, CoPaymentStatus.NONE);
    }
}
