package vn.his.claimtests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import vn.his.billing.settlement.SettledEncounter;
import vn.his.billing.settlement.SettlementLedger;

/** Settled versions kept in memory, as a test's stand-in for billing's ledger. */
public class InMemorySettlementLedger implements SettlementLedger {

    private final Map<Long, List<SettledEncounter>> versions = new ConcurrentHashMap<>();

    public void put(SettledEncounter settled) {
        List<SettledEncounter> list = versions.computeIfAbsent(settled.encounterId(), k -> new ArrayList<>());
        synchronized (list) {
            list.removeIf(v -> v.version() == settled.version());
            list.add(settled);
            list.sort(Comparator.comparingInt(SettledEncounter::version));
        }
    }

    @Override
    public Optional<SettledEncounter> current(long encounterId) {
        List<SettledEncounter> list = versions(encounterId);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    @Override
    public Optional<SettledEncounter> version(long encounterId, int version) {
        return versions(encounterId).stream().filter(v -> v.version() == version).findFirst();
    }

    @Override
    public List<SettledEncounter> versions(long encounterId) {
        List<SettledEncounter> list = versions.getOrDefault(encounterId, List.of());
        synchronized (list) {
            return List.copyOf(list);
        }
    }
}
