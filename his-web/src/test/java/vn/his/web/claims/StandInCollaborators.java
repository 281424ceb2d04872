package vn.his.web.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import vn.his.billing.settlement.SettledEncounter;
import vn.his.billing.settlement.SettlementLedger;
import vn.his.export.outbox.OutgoingDocument;
import vn.his.export.outbox.SubmissionQueue;

/**
 * Test-only stand-ins for billing's settlement ledger and delivery's outbox, used by the web tests only while those
 * implementations are not in the application (they back off as soon as real beans exist).
 */
@AutoConfiguration
public class StandInCollaborators {

    @Bean
    @ConditionalOnMissingBean(SettlementLedger.class)
    public Ledger standInSettlementLedger() {
        return new Ledger();
    }

    @Bean
    @ConditionalOnMissingBean(SubmissionQueue.class)
    public Queue standInSubmissionQueue() {
        return new Queue();
    }

    /** Settled versions in memory. */
    public static class Ledger implements SettlementLedger {
        private final Map<Long, List<SettledEncounter>> versions = new ConcurrentHashMap<>();

        public synchronized void put(SettledEncounter settled) {
            List<SettledEncounter> list = new ArrayList<>(versions.getOrDefault(settled.encounterId(), List.of()));
            list.removeIf(v -> v.version() == settled.version());
            list.add(settled);
            list.sort(Comparator.comparingInt(SettledEncounter::version));
            versions.put(settled.encounterId(), List.copyOf(list));
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
            return versions.getOrDefault(encounterId, List.of());
        }
    }

    /** Records what would be queued. */
    public static class Queue implements SubmissionQueue {
        private final AtomicLong ids = new AtomicLong();
        final List<OutgoingDocument> documents = new CopyOnWriteArrayList<>();

        @Override
        public long enqueue(OutgoingDocument document) {
            documents.add(document);
            return ids.incrementAndGet();
        }
    }
}
