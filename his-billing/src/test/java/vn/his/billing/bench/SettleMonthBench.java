package vn.his.billing.bench;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.billing.BillingTestApplication;
import vn.his.billing.settlement.BatchSettlement;
import vn.his.billing.settlement.Payment;
import vn.his.billing.settlement.PaymentMethod;
import vn.his.billing.settlement.RandomEncounters;
import vn.his.billing.settlement.SettledEncounter;
import vn.his.billing.settlement.SettlementService;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterService;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.patient.PatientRegistry;

/**
 * Benchmark (not a test): records a month of a province (default 10,000 encounters of October 2026, seeded) through
 * core's EncounterService, then settles every one through SettlementService.settleAll (100 per transaction) and records the payment of half of them
 * later, on the database given (default in-memory H2 in MySQL mode), and prints the figures. Goal: settling the
 * month in under 30 s. Arguments: encounters, JDBC URL, user, password.
 */
public final class SettleMonthBench {

    /** Encounters per transaction of {@link SettlementService#settleAll}. */
    static final int BATCH = 100;

    private SettleMonthBench() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String url = args.length > 1 ? args[1]
                : "jdbc:h2:mem:bench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        String user = args.length > 2 ? args[2] : "sa";
        String password = args.length > 3 ? args[3] : "";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BillingTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=" + user,
                        "spring.datasource.password=" + password, "spring.jpa.hibernate.ddl-auto=validate",
                        "spring.flyway.locations=classpath:db/migration", "spring.jpa.open-in-view=false",
                        "spring.jpa.properties.hibernate.jdbc.batch_size=100", "logging.level.root=WARN")
                .run()) {
            run(context, count, url);
        }
    }

    private static void run(ConfigurableApplicationContext context, int count, String url) {
        EncounterService encounters = context.getBean(EncounterService.class);
        SettlementService settlement = context.getBean(SettlementService.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);
        jdbc.update("INSERT INTO icd10_code (catalogue, code, name_vi, valid_from) SELECT 'BENCH', 'J02.9', 'Viêm họng cấp',"
                + " DATE '2000-01-01' FROM (SELECT 1 AS one) x WHERE NOT EXISTS (SELECT 1 FROM icd10_code WHERE code = 'J02.9')");
        RandomEncounters generator = new RandomEncounters(encounters, context.getBean(FacilityRepository.class),
                context.getBean(PatientRegistry.class), 2026_10L, 970, 2026);

        long t0 = System.nanoTime();
        List<RandomEncounters.Holder> holders = new ArrayList<>();
        for (int i = 0; i < Math.max(10, count * 3 / 10); i++) {
            holders.add(generator.holder());
        }
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            RandomEncounters.Holder h = holders.get(generator.random().nextInt(holders.size()));
            LocalDateTime arrival = LocalDateTime.of(2026, 10, 1 + generator.random().nextInt(31),
                    7 + generator.random().nextInt(9), generator.random().nextInt(60));
            // one transaction per encounter (EncounterService joins it), as a clinic's batch import would
            Encounter e = tx.execute(status -> generator.finished(h, arrival));
            ids.add(e.id());
        }
        long recorded = System.nanoTime();
        Integer lines = jdbc.queryForObject("SELECT COUNT(*) FROM order_line", Integer.class);

        // settleAll in batches of BATCH encounters per transaction; each batch timed, its mean per settlement kept
        List<SettledEncounter> settled = new ArrayList<>(count);
        List<Double> perBatch = new ArrayList<>();
        int refused = 0;
        long s0 = System.nanoTime();
        for (int from = 0; from < count; from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(count, from + BATCH));
            long a = System.nanoTime();
            BatchSettlement done = settlement.settleAll(batch, "bench", BATCH);
            perBatch.add((System.nanoTime() - a) / 1e6 / batch.size());
            settled.addAll(done.settled());
            refused += done.refused().size();
        }
        long s1 = System.nanoTime();
        int paid = 0;
        for (int i = 0; i < count; i += 2) {
            SettledEncounter s = settled.get(i);
            BigDecimal due = s.priced().totals().tBncct().add(s.priced().totals().tBntt());
            settlement.recordPayment(s.encounterId(), new Payment(PaymentMethod.CASH,
                    s.settledAt().isAfter(LocalDateTime.of(2026, 11, 1, 0, 0)) ? LocalDateTime.of(2026, 11, 1, 8, 0)
                            : s.settledAt(), due, null));
            paid++;
        }
        long p1 = System.nanoTime();
        double[] each = perBatch.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        BigDecimal total = jdbc.queryForObject("SELECT SUM(t_tongchi_bv) FROM billing_settled_version", BigDecimal.class);
        double settleSeconds = (s1 - s0) / 1e9;
        System.out.printf("%n=== Billing: settle a month of a province ===%n");
        System.out.printf("database             %s%n", url.replaceAll("password=[^&;]*", "password=***"));
        System.out.printf("encounters           %,d (%,d order lines, %,d patients)%n", count, lines, holders.size());
        System.out.printf("recording            %.1f s (EncounterService, one transaction per encounter; not part of the goal)%n", (recorded - t0) / 1e9);
        System.out.printf("settling             %.1f s  -> %.0f encounters/s (goal: under 30 s: %s)%n", settleSeconds,
                count / settleSeconds, settleSeconds < 30 ? "met" : "NOT met");
        System.out.printf("per settlement       %.2f ms on average; per batch of %d: p50 %.2f ms, p95 %.2f ms, max %.2f ms"
                + " per settlement%n", (s1 - s0) / 1e6 / count, BATCH, each[each.length / 2],
                each[(int) (each.length * 0.95)], each[each.length - 1]);
        System.out.printf("refused              %,d%n", refused);
        System.out.printf("payments later       %,d in %.1f s%n", paid, (p1 - s1) / 1e9);
        System.out.printf("Σ T_TONGCHI_BV       %,.2f đồng%n", total);
    }
}
