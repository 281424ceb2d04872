package vn.his.billing.encounter;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;

import vn.his.core.encounter.Encounter;

/**
 * Loads what {@link EncounterPricingAdapter} reads of many encounters (the encounter with its facility, its card
 * copies, its order lines) in three queries inside the caller's transaction, instead of the lazy loads of each
 * encounter one by one (1 + facility + cards + lines per encounter). The entities stay in the persistence context,
 * so core's {@code EncounterService.get} finds them there afterwards without another query. Two collections
 * (bags) cannot be fetched in one query, hence one query per collection.
 */
@Component
public class EncounterGraphs {

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * For a transaction that works through many encounters at once: the persistence context is flushed at commit
     * only, not before each query. With Hibernate's default (AUTO) every query inside the batch (the claim
     * listeners' lookups, several per encounter) first walks and dirty-checks every entity of the batch's graphs, so
     * a batch of 100 encounters cost a hundred times more per query than one encounter. The batch's writes through
     * JPA are the encounters' own state (status, final visit object), which no query of the batch reads back.
     */
    public void flushAtCommitOnly() {
        entityManager.setFlushMode(FlushModeType.COMMIT);
    }

    /** The encounters found, by id (unknown ids are left out: the caller's {@code get} refuses them). */
    public Map<Long, Encounter> load(Collection<Long> ids) {
        Map<Long, Encounter> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<Long> distinct = ids.stream().distinct().toList();
        for (Encounter e : entityManager.createQuery(
                        "select e from Encounter e join fetch e.facility where e.id in :ids", Encounter.class)
                .setParameter("ids", distinct).getResultList()) {
            found.put(e.id(), e);
        }
        entityManager.createQuery("select distinct e from Encounter e left join fetch e.cards where e.id in :ids",
                Encounter.class).setParameter("ids", distinct).getResultList();
        entityManager.createQuery("select distinct e from Encounter e left join fetch e.lines where e.id in :ids",
                Encounter.class).setParameter("ids", distinct).getResultList();
        return found;
    }
}
