package vn.his.billing.settlement;

import java.util.List;

/**
 * What {@link SettlementService#settleAll} did: the versions frozen, in the order asked, and the encounters refused
 * with the reason (nothing of a refused encounter was written).
 */
public record BatchSettlement(List<SettledEncounter> settled, List<Refusal> refused) {

    public BatchSettlement {
        settled = List.copyOf(settled);
        refused = List.copyOf(refused);
    }

    /** An encounter left unsettled and why (a {@code BillingException} carries the message key for the clerk). */
    public record Refusal(long encounterId, RuntimeException reason) {
    }
}
