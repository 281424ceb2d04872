package vn.his.billing.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.billing.BillingException;
import vn.his.billing.pricing.PricedEncounter;
import vn.his.core.card.InsuranceCard;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.EncounterStatus;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.patient.Patient;
import vn.his.core.patient.PatientRegistry;
import vn.his.core.testsupport.DatabaseTest;

/**
 * {@link SettlementService#settleAll}: the same prices as settling one by one (patients with several encounters,
 * so the year's co-payments of earlier ones count), one committed {@link EncounterSettled} per settled encounter,
 * and refusals (an open encounter, an encounter whose write fails in its batch) that neither lose the others' work
 * nor leave a half-written version. Runs on H2 and on MariaDB.
 */
@DatabaseTest
@Import(SettleAllDbTest.Events.class)
class SettleAllDbTest {

    /** Committed settlement events; a listener failing inside the transaction for one chosen encounter. */
    static class Events {
        final List<EncounterSettled> committed = new ArrayList<>();
        volatile long failFor = -1;

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
        void committed(EncounterSettled e) {
            committed.add(e);
        }

        @EventListener
        void inTransaction(EncounterSettled e) {
            if (e.encounterId() == failFor) {
                throw new IllegalStateException("listener refuses " + e.maLk());
            }
        }
    }

    @Autowired
    SettlementService settlement;
    @Autowired
    SettlementLedger ledger;
    @Autowired
    JdbcSettlementLedger jdbcLedger;
    @Autowired
    EncounterService encounters;
    @Autowired
    FacilityRepository facilities;
    @Autowired
    PatientRegistry registry;
    @Autowired
    EncounterRecorder recorder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Events events;

    @BeforeEach
    void reset() {
        events.committed.clear();
        events.failFor = -1;
    }

    @Test
    void batchesGiveTheSamePricesAsOneByOneAndRefusalsLoseNothing() {
        RandomEncounters generator = new RandomEncounters(encounters, facilities, registry, 20261125L, 960, 2026);
        List<RandomEncounters.Holder> holders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            holders.add(generator.holder());
        }
        List<Long> good = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            RandomEncounters.Holder h = holders.get(generator.random().nextInt(holders.size()));
            LocalDateTime arrival = LocalDateTime.of(2026, 1 + generator.random().nextInt(10),
                    1 + generator.random().nextInt(28), 7 + generator.random().nextInt(9), generator.random().nextInt(60));
            good.add(generator.finished(h, arrival).id());
        }
        Facility hospital = recorder.hospital();
        Patient alone = recorder.patient();
        InsuranceCard card = recorder.card(alone, "HT3", EncounterRecorder.code(hospital), null);
        long failing = recorder.finishedVisit(alone, hospital, card).id();
        Encounter open = recorder.open(recorder.patient(), hospital, List.of(), EncounterRecorder.ARRIVAL);

        // the reference: one by one, in the same order, then rolled back
        Map<Long, PricedEncounter> oneByOne = tx.execute(status -> {
            Map<Long, PricedEncounter> priced = new java.util.LinkedHashMap<>();
            for (Long id : good) {
                priced.put(id, settlement.settle(id, Optional.empty(), "thu.ngan", Optional.empty()).priced());
            }
            status.setRollbackOnly();
            return priced;
        });
        assertThat(rows("billing_settled_version", good)).isZero();
        events.committed.clear();

        List<Long> all = new ArrayList<>(good);
        all.add(13, open.id());
        all.add(27, failing);
        events.failFor = failing;
        BatchSettlement done = settlement.settleAll(all, " thu.ngan ", 7);

        assertThat(done.settled()).extracting(SettledEncounter::encounterId).containsExactlyElementsOf(good);
        assertThat(done.settled().stream().collect(Collectors.toMap(SettledEncounter::encounterId,
                SettledEncounter::priced))).isEqualTo(oneByOne);
        assertThat(done.settled()).allSatisfy(s -> {
            assertThat(s.version()).isEqualTo(1);
            assertThat(s.settledBy()).isEqualTo("thu.ngan");
            assertThat(s.payment()).isNull();
            assertThat(ledger.current(s.encounterId())).contains(s);
        });
        assertThat(done.refused()).extracting(BatchSettlement.Refusal::encounterId)
                .containsExactly(open.id(), failing);
        assertThat(done.refused().get(0).reason()).isInstanceOf(BillingException.class)
                .hasMessageContaining("OPEN");
        assertThat(done.refused().get(1).reason()).hasMessageContaining("listener refuses");
        // nothing of the refused ones was written, every good one is SETTLED and announced once after its commit
        assertThat(rows("billing_settled_version", List.of(open.id(), failing))).isZero();
        assertThat(rows("billing_settled_line", List.of(open.id(), failing))).isZero();
        assertThat(status(failing)).isEqualTo(EncounterStatus.FINISHED);
        assertThat(good).allSatisfy(id -> assertThat(status(id)).isEqualTo(EncounterStatus.SETTLED));
        assertThat(events.committed).extracting(EncounterSettled::encounterId).containsExactlyElementsOf(good);
        assertThat(events.committed).extracting(EncounterSettled::version).containsOnly(1);

        // the year's co-payments read by the indexed lookup equal the former correlated MAX(version) subquery
        int withEarlierCoPayments = 0;
        for (Long id : good) {
            Map<String, Object> v = jdbc.queryForMap("SELECT patient_id, arrival_time FROM billing_settled_version"
                    + " WHERE encounter_id = ?", id);
            long patientId = ((Number) v.get("patient_id")).longValue();
            LocalDateTime arrival = jdbc.queryForObject("SELECT arrival_time FROM billing_settled_version"
                    + " WHERE encounter_id = ?", LocalDateTime.class, id);
            BigDecimal correlated = jdbc.queryForObject("SELECT SUM(v.t_bncct) FROM billing_settled_version v"
                    + " WHERE v.patient_id = ? AND v.encounter_id <> ? AND v.arrival_time >= ? AND v.arrival_time < ?"
                    + " AND v.version_no = (SELECT MAX(x.version_no) FROM billing_settled_version x"
                    + " WHERE x.encounter_id = v.encounter_id)", BigDecimal.class, patientId, id,
                    LocalDateTime.of(arrival.getYear(), 1, 1, 0, 0), arrival);
            assertThat(jdbcLedger.coPaymentsBefore(patientId, id, arrival)).as("co-payments before %s", id)
                    .isEqualTo(correlated == null ? new BigDecimal("0.00") : correlated.setScale(2));
            withEarlierCoPayments += correlated != null && correlated.signum() > 0 ? 1 : 0;
        }
        assertThat(withEarlierCoPayments).isPositive();

        // once the listener accepts it, the refused encounter settles alone; the settled ones are refused now
        events.failFor = -1;
        BatchSettlement again = settlement.settleAll(List.of(good.get(0), failing), "thu.ngan", 100);
        assertThat(again.settled()).extracting(SettledEncounter::encounterId).containsExactly(failing);
        assertThat(again.refused()).extracting(BatchSettlement.Refusal::encounterId).containsExactly(good.get(0));
        assertThat(ledger.versions(good.get(0))).hasSize(1);
    }

    @Test
    void refusedInsideATransactionAndWithoutClerk() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> settlement.settleAll(List.of(), "thu.ngan", 10)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> settlement.settleAll(List.of(), " ", 10)).isInstanceOf(BillingException.class);
        assertThatThrownBy(() -> settlement.settleAll(List.of(), "thu.ngan", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(settlement.settleAll(List.of(), "thu.ngan", 10).settled()).isEmpty();
    }

    EncounterStatus status(long id) {
        return tx.execute(s -> encounters.get(id).status());
    }

    int rows(String table, List<Long> ids) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE encounter_id IN ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")", Integer.class);
    }
}
