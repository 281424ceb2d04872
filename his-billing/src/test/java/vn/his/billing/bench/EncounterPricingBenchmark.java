package vn.his.billing.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.his.billing.RuleFixtures;
import vn.his.billing.pricing.CardPeriod;
import vn.his.billing.pricing.ChargeLine;
import vn.his.billing.pricing.CoPaymentStatus;
import vn.his.billing.pricing.EncounterPricer;
import vn.his.billing.pricing.OtherFunding;
import vn.his.billing.pricing.OtherSource;
import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.pricing.PricingRequest;
import vn.his.billing.rules.CareLevel;
import vn.his.billing.rules.EncounterType;
import vn.his.billing.rules.FormerRoute;
import vn.his.billing.settlement.FrozenText;
import vn.his.billing.visit.FacilityProfile;
import vn.his.billing.visit.VisitContext;

/**
 * Pricing an inpatient stay of 200 lines (two cards, drugs, beds, labs, surgery, supplies in packages, ratios,
 * other sources, the year's co-payment near 6 × LCS) with the rule book loaded from the migrations; and the same
 * plus the CPU part of freezing it (encoding every explanation as stored). Goal: under 5 ms.
 * Run: {@code ./mvnw -B -pl his-billing -am -Pbench verify -DskipTests} (BENCHMARKS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EncounterPricingBenchmark {

    static final int LINES = 200;

    EncounterPricer pricer;
    PricingRequest request;

    @Setup
    public void setUp() {
        pricer = new EncounterPricer(RuleFixtures.rules());
        request = request(new Random(200));
    }

    static PricingRequest request(Random r) {
        LocalDateTime arrival = LocalDateTime.of(2026, 6, 20, 8, 0);
        FacilityProfile facility = new FacilityProfile("40017", CareLevel.BASIC, FormerRoute.DISTRICT,
                new BigDecimal("62"), false, false);
        VisitContext visit = VisitContext.builder(arrival.toLocalDate(), facility, EncounterType.INPATIENT)
                .card("DN4400000000555", "40017").build();
        List<CardPeriod> cards = List.of(
                new CardPeriod("DN4400000000555", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "40017",
                        LocalDate.of(2023, 1, 1)),
                new CardPeriod("HT3400000000555", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), "40017",
                        LocalDate.of(2023, 1, 1)));
        List<ChargeLine> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            LocalDateTime at = arrival.plusMinutes(30L + 90L * i);
            String id = Integer.toString(i + 1);
            int kind = r.nextInt(10);
            BigDecimal qty = BigDecimal.valueOf(1 + r.nextInt(5));
            BigDecimal price = BigDecimal.valueOf(1_000 + r.nextInt(900_000));
            ChargeLine.Builder b = switch (kind) {
                case 0, 1, 2 -> ChargeLine.drug(id, kind == 2 ? 6 : 4, at, qty, price)
                        .fundRate(BigDecimal.valueOf(kind == 2 ? 50 : 100));
                case 3 -> ChargeLine.service(id, 15, at, BigDecimal.ONE, price, price);
                case 4, 5 -> ChargeLine.service(id, 1 + r.nextInt(3), at, qty, price, price);
                case 6 -> ChargeLine.service(id, 8, at, BigDecimal.ONE, price.multiply(BigDecimal.TEN),
                        price.multiply(BigDecimal.TEN)).serviceRate(BigDecimal.valueOf(80));
                case 7 -> ChargeLine.service(id, 10, at, qty, price, price).supplyPackage("G" + (1 + i % 3));
                case 8 -> ChargeLine.service(id, 11, at, qty, price, price).fundRate(BigDecimal.valueOf(50));
                default -> ChargeLine.service(id, 13, at, BigDecimal.ONE, BigDecimal.valueOf(45_300),
                        BigDecimal.valueOf(45_300));
            };
            if (r.nextInt(20) == 0) {
                b.otherFunding(OtherFunding.patientSupport(OtherSource.NSNN, BigDecimal.valueOf(500)));
            }
            lines.add(b.build());
        }
        return new PricingRequest("40017260620000001", visit, cards,
                new CoPaymentStatus(null, new BigDecimal("14000000.00")), lines);
    }

    @Benchmark
    public PricedEncounter price() {
        return pricer.price(request);
    }

    @Benchmark
    public int priceAndEncodeForFreezing() {
        PricedEncounter priced = pricer.price(request);
        return FrozenText.encodedLength(priced);
    }
}
