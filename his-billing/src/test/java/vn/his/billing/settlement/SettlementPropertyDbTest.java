package vn.his.billing.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.billing.pricing.EncounterTotals;
import vn.his.billing.pricing.LineAmounts;
import vn.his.billing.pricing.LineTable;
import vn.his.billing.pricing.OtherSources;
import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.pricing.PricedLine;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterService;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.patient.PatientRegistry;
import vn.his.core.testsupport.DatabaseTest;

/**
 * A few hundred seeded random encounters recorded through {@link EncounterService}, settled (paid at once, paid
 * later, left unpaid, corrected) through {@link SettlementService} and read back through {@link SettlementLedger}:
 * for every line and every version THANH_TIEN_BV = T_BHTT + T_BNCCT + T_BNTT + T_NGUONKHAC, the totals are the sums
 * of the lines, the database's own sums agree, and what is read back equals what was priced, so storage neither
 * loses nor creates a đồng. Runs on H2 and on MariaDB.
 */
@DatabaseTest
class SettlementPropertyDbTest {

    static final long SEED = 20261124L;
    static final int ENCOUNTERS = 300;

    @Autowired
    EncounterService encounters;
    @Autowired
    FacilityRepository facilities;
    @Autowired
    PatientRegistry registry;
    @Autowired
    EncounterRecorder recorder;
    @Autowired
    SettlementService settlement;
    @Autowired
    SettlementLedger ledger;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyVersionKeepsTheIdentityAndReadsBackExactly() {
        RandomEncounters generator = new RandomEncounters(encounters, facilities, registry, SEED, 960, 2026);
        List<RandomEncounters.Holder> holders = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            holders.add(generator.holder());
        }
        Map<Long, List<SettledEncounter>> frozen = new LinkedHashMap<>();
        int paidLater = 0;
        int corrected = 0;
        for (int i = 0; i < ENCOUNTERS; i++) {
            RandomEncounters.Holder holder = holders.get(generator.random().nextInt(holders.size()));
            LocalDateTime arrival = LocalDateTime.of(2026, 1 + generator.random().nextInt(10),
                    1 + generator.random().nextInt(28), 7 + generator.random().nextInt(9), generator.random().nextInt(60));
            Encounter e = generator.finished(holder, arrival);
            List<SettledEncounter> versions = frozen.computeIfAbsent(e.id(), k -> new ArrayList<>());
            int way = generator.random().nextInt(10);
            Optional<Payment> payNow = Optional.empty();
            if (way < 5) {
                BigDecimal due = due(settlement.preview(e.id(), Optional.empty()));
                payNow = Optional.of(new Payment(way % 2 == 0 ? PaymentMethod.CASH : PaymentMethod.TRANSFER,
                        arrival.plusHours(1), due, "REF-" + i));
            }
            SettledEncounter v1 = settlement.settle(e.id(), Optional.empty(), "thu.ngan", payNow);
            versions.add(v1);
            if (way == 5 || way == 6) {
                versions.set(0, settlement.recordPayment(e.id(), new Payment(PaymentMethod.CASH,
                        arrival.plusDays(1), due(v1.priced()), null)));
                paidLater++;
            }
            if (way == 7) {
                settlement.startCorrection(e.id(), "Điều chỉnh " + i, "truong.khoa");
                generator.addLines(e, holder, arrival, arrival.plusHours(1), 1 + generator.random().nextInt(3));
                versions.add(settlement.settle(e.id(), Optional.empty(), "thu.ngan", Optional.empty()));
                corrected++;
            }
        }
        assertThat(paidLater).isPositive();
        assertThat(corrected).isPositive();

        BigDecimal grandTotal = BigDecimal.ZERO;
        int lines = 0;
        for (Map.Entry<Long, List<SettledEncounter>> entry : frozen.entrySet()) {
            List<SettledEncounter> readBack = ledger.versions(entry.getKey());
            assertThat(readBack).as("versions of encounter %s", entry.getKey()).isEqualTo(entry.getValue());
            for (SettledEncounter s : readBack) {
                PricedEncounter p = s.priced();
                for (PricedLine l : p.lines()) {
                    LineAmounts a = l.amounts();
                    assertThat(a.tBhtt().add(a.tBncct()).add(a.tBntt()).add(a.tNguonKhac()))
                            .as("line %s of %s v%s", l.lineId(), s.maLk(), s.version())
                            .isEqualByComparingTo(a.thanhTienBv());
                    lines++;
                }
                assertTotalsAreSums(p);
                EncounterTotals t = p.totals();
                assertThat(t.tBhtt().add(t.tBncct()).add(t.tBntt()).add(t.tNguonKhac()))
                        .isEqualByComparingTo(t.tTongchiBv());
                grandTotal = grandTotal.add(t.tTongchiBv());
            }
        }
        assertThat(lines).isGreaterThan(ENCOUNTERS * 3);

        // the database's own sums: every header equals the sum of its stored lines, and nothing was lost overall
        Integer mismatched = jdbc.queryForObject("SELECT COUNT(*) FROM billing_settled_version v WHERE v.encounter_id IN ("
                + String.join(",", frozen.keySet().stream().map(String::valueOf).toList()) + ") AND ("
                + "v.t_tongchi_bv <> (SELECT SUM(l.thanh_tien_bv) FROM billing_settled_line l"
                + " WHERE l.encounter_id = v.encounter_id AND l.version_no = v.version_no)"
                + " OR v.t_bhtt <> (SELECT SUM(l.t_bhtt) FROM billing_settled_line l"
                + " WHERE l.encounter_id = v.encounter_id AND l.version_no = v.version_no)"
                + " OR v.t_bncct <> (SELECT SUM(l.t_bncct) FROM billing_settled_line l"
                + " WHERE l.encounter_id = v.encounter_id AND l.version_no = v.version_no)"
                + " OR v.t_bntt <> (SELECT SUM(l.t_bntt) FROM billing_settled_line l"
                + " WHERE l.encounter_id = v.encounter_id AND l.version_no = v.version_no)"
                + " OR v.t_tongchi_bv <> v.t_bhtt + v.t_bncct + v.t_bntt + v.t_nguonkhac_nsnn + v.t_nguonkhac_vtnn"
                + " + v.t_nguonkhac_vttn + v.t_nguonkhac_cl)", Integer.class);
        assertThat(mismatched).isZero();
        BigDecimal stored = jdbc.queryForObject("SELECT SUM(thanh_tien_bv) FROM billing_settled_line WHERE encounter_id IN ("
                + String.join(",", frozen.keySet().stream().map(String::valueOf).toList()) + ")", BigDecimal.class);
        assertThat(stored).isEqualByComparingTo(grandTotal);
    }

    static BigDecimal due(PricedEncounter p) {
        return p.totals().tBncct().add(p.totals().tBntt());
    }

    static void assertTotalsAreSums(PricedEncounter p) {
        EncounterTotals t = p.totals();
        assertThat(t.tTongchiBv()).isEqualByComparingTo(sum(p.lines(), a -> a.thanhTienBv()));
        assertThat(t.tTongchiBh()).isEqualByComparingTo(sum(p.lines(), a -> a.thanhTienBh()));
        assertThat(t.tBhtt()).isEqualByComparingTo(sum(p.lines(), a -> a.tBhtt()));
        assertThat(t.tBncct()).isEqualByComparingTo(sum(p.lines(), a -> a.tBncct()));
        assertThat(t.tBntt()).isEqualByComparingTo(sum(p.lines(), a -> a.tBntt()));
        OtherSources other = p.lines().stream().map(l -> l.amounts().nguonKhac())
                .reduce(OtherSources.NONE, OtherSources::plus);
        assertThat(t.tNguonKhacBySource()).isEqualTo(other);
        assertThat(t.tThuoc()).isEqualByComparingTo(sum(p.lines().stream()
                .filter(l -> l.table() == LineTable.DRUG).toList(), a -> a.thanhTienBv()));
        assertThat(t.tVtyt()).isEqualByComparingTo(sum(p.lines().stream()
                .filter(l -> l.costGroup() == 10 || l.costGroup() == 11).toList(), a -> a.thanhTienBv()));
        assertThat(t.tBhttGdv()).isEqualByComparingTo(sum(p.lines().stream()
                .filter(l -> l.paymentMethod() == 1).toList(), a -> a.tBhtt()));
    }

    static BigDecimal sum(List<PricedLine> lines, Function<LineAmounts, BigDecimal> field) {
        return lines.stream().map(l -> field.apply(l.amounts())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
