package vn.his.billing.settlement;

import java.util.List;
import java.util.Optional;

/** Read side of settlement: the frozen priced versions of an encounter. */
public interface SettlementLedger {

    /** The latest frozen version, empty when the encounter was never settled. */
    Optional<SettledEncounter> current(long encounterId);

    /** One version, empty when it does not exist. */
    Optional<SettledEncounter> version(long encounterId, int version);

    /** Every version, oldest first. */
    List<SettledEncounter> versions(long encounterId);
}
