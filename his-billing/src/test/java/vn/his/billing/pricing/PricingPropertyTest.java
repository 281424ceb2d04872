package vn.his.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import vn.his.billing.rules.CareLevel;
import vn.his.billing.rules.EncounterType;
import vn.his.billing.rules.FormerRoute;
import vn.his.billing.rules.ServiceRateKind;
import vn.his.billing.visit.ClerkOverride;
import vn.his.billing.visit.FacilityProfile;
import vn.his.billing.visit.VisitContext;

/**
 * Thousands of random encounters (seeded; run again with {@code -Dbilling.property.seed=<seed>}): every line and
 * every encounter satisfies THANH_TIEN_BV = T_BHTT + T_BNCCT + T_BNTT + T_NGUONKHAC, XML1 totals are the sums of
 * the lines, and the hospital amounts recomputed independently from the inputs add up to T_TONGCHI_BV, so no
 * đồng is lost or created by rounding, ceilings, exemptions or other sources.
 */
class PricingPropertyTest {

    private static final int ENCOUNTERS = 4000;
    private static final long DEFAULT_SEED = 20261123L;

    private static final List<FacilityProfile> FACILITIES = List.of(
            new FacilityProfile("01101", CareLevel.PRIMARY, FormerRoute.COMMUNE, null, false, true),
            new FacilityProfile("01020", CareLevel.BASIC, FormerRoute.DISTRICT, new BigDecimal("55"), false, false),
            new FacilityProfile("01021", CareLevel.BASIC, FormerRoute.DISTRICT, null, true, false),
            new FacilityProfile("01002", CareLevel.BASIC, FormerRoute.PROVINCIAL, new BigDecimal("60"), false, false),
            new FacilityProfile("01555", CareLevel.BASIC, FormerRoute.COMMUNE, new BigDecimal("65"), false, false),
            new FacilityProfile("01001", CareLevel.SPECIALISED, FormerRoute.PROVINCIAL, null, false, false),
            new FacilityProfile("01900", CareLevel.SPECIALISED, FormerRoute.CENTRAL, null, false, false),
            new FacilityProfile("79020", CareLevel.SPECIALISED, FormerRoute.DISTRICT, null, false, false));

    private static final String[][] GROUPS_BY_DIGIT = {
            {}, {"TE", "CC"}, {"HN", "DT", "CB", "CN", "LH"}, {"HT", "TC", "CN"}, {"DN", "GD", "HS", "LH", "SV"},
            {"QN", "CA", "CY"}};
    private static final int[] DRUG_GROUPS = {4, 5, 6, 7, 17};
    private static final int[] SERVICE_GROUPS = {1, 2, 3, 8, 9, 10, 10, 11, 12, 13, 14, 15, 16, 18, 19};
    private static final int[] FUND_RATES = {100, 100, 100, 100, 100, 100, 0, 30, 50, 70};
    private static final int[] SERVICE_RATES = {30, 50, 80, 100, 10, 0, 33};

    @Test
    void moneyIdentitiesHoldForRandomEncounters() {
        long seed = Long.getLong("billing.property.seed", DEFAULT_SEED);
        SplittableRandom master = new SplittableRandom(seed);
        int linesChecked = 0;
        for (int i = 0; i < ENCOUNTERS; i++) {
            long caseSeed = master.nextLong();
            PricingRequest request = null;
            try {
                request = randomEncounter(new SplittableRandom(caseSeed), i);
                PricedEncounter priced = Fx.PRICER.price(request);
                check(request, priced);
                linesChecked += priced.lines().size();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed: seed=" + seed + " encounter #" + i + " caseSeed=" + caseSeed
                        + " request=" + request, e);
            }
        }
        assertThat(linesChecked).isGreaterThan(ENCOUNTERS * 3);
        assertThat(cappedPackages).as("supply packages seen").isGreaterThan(50);
    }

    private static int cappedPackages;

    private static void check(PricingRequest request, PricedEncounter priced) {
        assertThat(priced.lines()).hasSameSizeAs(request.lines());
        BigDecimal independentBv = BigDecimal.ZERO;
        for (int i = 0; i < priced.lines().size(); i++) {
            PricedLine line = priced.lines().get(i);
            ChargeLine input = request.lines().get(i);
            assertThat(line.lineId()).isEqualTo(input.lineId());
            LineAmounts a = line.amounts();
            for (BigDecimal amount : List.of(a.thanhTienBv(), a.thanhTienBh(), a.tBhtt(), a.tBncct(), a.tBntt(),
                    a.tNguonKhac())) {
                assertThat(amount.signum()).isGreaterThanOrEqualTo(0);
                assertThat(amount.scale()).isEqualTo(2);
            }
            assertThat(a.tBhtt().add(a.tBncct()).add(a.tBntt()).add(a.tNguonKhac()))
                    .as("line identity " + line.lineId()).isEqualByComparingTo(a.thanhTienBv());
            assertThat(a.thanhTienBh()).isLessThanOrEqualTo(a.thanhTienBv());
            assertThat(a.tBhtt()).isLessThanOrEqualTo(a.thanhTienBh());
            BigDecimal expectedBv = input.quantity().setScale(3, RoundingMode.HALF_UP)
                    .multiply(input.hospitalUnitPrice().setScale(3, RoundingMode.HALF_UP))
                    .multiply(line.serviceRatePercent()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            assertThat(a.thanhTienBv()).as("THANH_TIEN_BV from the inputs").isEqualByComparingTo(expectedBv);
            independentBv = independentBv.add(expectedBv);
            assertThat(line.mucHuong().toPlainString().length()).isLessThanOrEqualTo(4);
            assertThat(line.mucHuong()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            if (line.cardCode() == null) {
                assertThat(a.thanhTienBh()).isZero();
            }
            if (input.scope() == Scope.OUT_OF_SCOPE) {
                assertThat(a.thanhTienBh()).isZero();
            }
        }
        EncounterTotals t = priced.totals();
        List<PricedLine> lines = priced.lines();
        for (String pack : List.of("G1", "G2")) {
            List<PricedLine> capped = lines.stream()
                    .filter(l -> pack.equals(l.supplyPackage()) && l.supplyCeiling() != null).toList();
            if (!capped.isEmpty()) {
                assertThat(sum(capped, l -> true, l -> l.amounts().thanhTienBh()))
                        .as("T_TRANTT of package " + pack).isLessThanOrEqualTo(capped.get(0).supplyCeiling());
                cappedPackages++;
            }
        }
        assertThat(t.tTongchiBv()).isEqualByComparingTo(sum(lines, l -> true, l -> l.amounts().thanhTienBv()));
        assertThat(t.tTongchiBv()).as("no đồng lost or created").isEqualByComparingTo(independentBv);
        assertThat(t.tTongchiBh()).isEqualByComparingTo(sum(lines, l -> true, l -> l.amounts().thanhTienBh()));
        assertThat(t.tBhtt()).isEqualByComparingTo(sum(lines, l -> true, l -> l.amounts().tBhtt()));
        assertThat(t.tBncct()).isEqualByComparingTo(sum(lines, l -> true, l -> l.amounts().tBncct()));
        assertThat(t.tBntt()).isEqualByComparingTo(sum(lines, l -> true, l -> l.amounts().tBntt()));
        assertThat(t.tNguonKhac()).isEqualByComparingTo(sum(lines, l -> true, l -> l.amounts().tNguonKhac()));
        assertThat(t.tThuoc()).isEqualByComparingTo(sum(lines, l -> l.table() == LineTable.DRUG,
                l -> l.amounts().thanhTienBv()));
        assertThat(t.tVtyt()).isEqualByComparingTo(sum(lines, l -> l.costGroup() == 10 || l.costGroup() == 11,
                l -> l.amounts().thanhTienBv()));
        assertThat(t.tBhttGdv()).isEqualByComparingTo(sum(lines, l -> l.paymentMethod() == 1, l -> l.amounts().tBhtt()));
        assertThat(t.tBhtt().add(t.tBncct()).add(t.tBntt()).add(t.tNguonKhac()))
                .as("encounter identity").isEqualByComparingTo(t.tTongchiBv());
        boolean noOtherFunding = request.lines().stream().allMatch(l -> l.otherFunding() == null);
        if (noOtherFunding) {
            assertThat(t.xml1FormulaBhtt()).as("XML1 T_BHTT = T_TONGCHI_BH − T_BNCCT").isEqualByComparingTo(t.tBhtt());
        }
    }

    private static BigDecimal sum(List<PricedLine> lines, Predicate<PricedLine> filter,
                                  java.util.function.Function<PricedLine, BigDecimal> field) {
        return lines.stream().filter(filter).map(field).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static PricingRequest randomEncounter(SplittableRandom r, int index) {
        LocalDate date = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(9 * 365));
        EncounterType type = r.nextBoolean() ? EncounterType.INPATIENT : EncounterType.OUTPATIENT;
        FacilityProfile facility = FACILITIES.get(r.nextInt(FACILITIES.size()));

        List<CardPeriod> cards = new ArrayList<>();
        int cardCount = r.nextInt(10) == 0 ? 0 : 1 + (r.nextInt(4) == 0 ? 1 : 0);
        boolean allLevelFive = cardCount > 0;
        String registered = switch (r.nextInt(3)) {
            case 0 -> facility.code();
            case 1 -> "01020";
            default -> "79001";
        };
        LocalDate from = date.minusDays(r.nextInt(400));
        for (int c = 0; c < cardCount; c++) {
            int digit = 1 + r.nextInt(5);
            allLevelFive &= digit == 5;
            String[] groups = GROUPS_BY_DIGIT[digit];
            String code = groups[r.nextInt(groups.length)] + digit + "01" + String.format("%010d", r.nextInt(1_000_000_000));
            LocalDate to = c == 0 && cardCount == 1 && r.nextBoolean() ? date.plusDays(r.nextInt(8))
                    : from.plusDays(200 + r.nextInt(500));
            LocalDate fiveYears = r.nextBoolean() ? date.minusDays(r.nextInt(3000) - 200) : null;
            cards.add(new CardPeriod(code, from, to, registered, fiveYears));
            from = to.plusDays(1);
        }

        VisitContext.Builder visit = VisitContext.builder(date, facility, type);
        if (!cards.isEmpty()) {
            visit.card(cards.get(0).cardCode(), registered);
        }
        visit.emergency(r.nextInt(10) == 0).referral(r.nextInt(10) == 0).revisitAppointment(r.nextInt(15) == 0)
                .residenceChange(r.nextInt(20) == 0).newborn(r.nextInt(40) == 0).organDonor(r.nextInt(60) == 0)
                .appendixIDisease(r.nextInt(8) == 0).appendixIIDisease(r.nextInt(8) == 0).kArea(r.nextInt(8) == 0);
        if (!date.isBefore(LocalDate.of(2025, 1, 1)) && r.nextInt(25) == 0) {
            visit.clerkOverride(new ClerkOverride(r.nextBoolean() ? "7" : "9", "kiểm thử ngẫu nhiên"));
        }

        List<ChargeLine> lines = new ArrayList<>();
        int lineCount = 1 + r.nextInt(12);
        int stayDays = type == EncounterType.INPATIENT ? 12 : 1;
        for (int n = 0; n < lineCount; n++) {
            lines.add(randomLine(r, "L" + n, date, stayDays, allLevelFive));
        }
        CoPaymentStatus coPayment = switch (r.nextInt(5)) {
            case 0 -> new CoPaymentStatus(date.plusDays(r.nextInt(5)).atStartOfDay(), null);
            case 1, 2 -> new CoPaymentStatus(null, money(r, 20_000_000));
            default -> CoPaymentStatus.NONE;
        };
        return new PricingRequest("LK" + index, visit.build(), cards, coPayment, lines);
    }

    private static ChargeLine randomLine(SplittableRandom r, String id, LocalDate date, int stayDays,
                                         boolean allLevelFive) {
        LocalDateTime orderedAt = date.plusDays(r.nextInt(stayDays)).atTime(r.nextInt(24), r.nextInt(60));
        BigDecimal quantity = BigDecimal.valueOf(r.nextInt(20_000), r.nextBoolean() ? 3 : 4)
                .add(BigDecimal.valueOf(r.nextInt(3)));
        BigDecimal hospitalPrice = money(r, r.nextInt(20) == 0 ? 90_000_000 : 3_000_000)
                .add(BigDecimal.valueOf(r.nextInt(1000), 3));
        boolean drug = r.nextInt(10) < 4;
        ChargeLine.Builder builder;
        BigDecimal serviceRate = BigDecimal.valueOf(100);
        if (drug) {
            builder = ChargeLine.drug(id, DRUG_GROUPS[r.nextInt(DRUG_GROUPS.length)], orderedAt, quantity, hospitalPrice);
        } else {
            int group = SERVICE_GROUPS[r.nextInt(SERVICE_GROUPS.length)];
            BigDecimal fundPrice = r.nextInt(3) == 0
                    ? hospitalPrice.multiply(BigDecimal.valueOf(r.nextInt(1001), 3)).setScale(3, RoundingMode.DOWN)
                    : hospitalPrice;
            builder = ChargeLine.service(id, group, orderedAt, quantity, hospitalPrice, fundPrice);
            int rateChoice = r.nextInt(10);
            if (rateChoice == 0) {
                ServiceRateKind[] kinds = ServiceRateKind.values();
                builder.specialRate(new SpecialRate(kinds[r.nextInt(kinds.length)], 1 + r.nextInt(7)));
                serviceRate = null;
            } else if (rateChoice == 1) {
                serviceRate = BigDecimal.valueOf(SERVICE_RATES[r.nextInt(SERVICE_RATES.length)]);
                builder.serviceRate(serviceRate);
            }
            if ((group == 10 || group == 11) && r.nextBoolean()) {
                builder.supplyPackage(r.nextBoolean() ? "G1" : "G2");
            }
        }
        builder.fundRate(BigDecimal.valueOf(FUND_RATES[r.nextInt(FUND_RATES.length)]));
        int scope = r.nextInt(20);
        if (scope < 2) {
            builder.scope(Scope.OUT_OF_SCOPE);
        } else if (scope == 2 && allLevelFive) {
            builder.scope(Scope.ARMED_FORCES);
        }
        builder.paymentMethod(1 + (r.nextInt(6) == 0 ? 1 + r.nextInt(2) : 0));
        boolean armed = scope == 2 && allLevelFive;
        if (!armed && serviceRate != null && r.nextInt(8) == 0) {
            BigDecimal bv = quantity.setScale(3, RoundingMode.HALF_UP).multiply(hospitalPrice.setScale(3, RoundingMode.HALF_UP))
                    .multiply(serviceRate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            BigDecimal support = bv.multiply(BigDecimal.valueOf(r.nextInt(1001), 3)).setScale(2, RoundingMode.DOWN);
            OtherSource source = OtherSource.values()[r.nextInt(OtherSource.values().length)];
            switch (r.nextInt(3)) {
                case 0 -> {
                    if (support.signum() > 0) {
                        builder.otherFunding(OtherFunding.patientSupport(source, support));
                    }
                }
                case 1 -> {
                    if (support.signum() > 0) {
                        builder.otherFunding(OtherFunding.facilitySupport(source, support));
                    }
                }
                default -> builder.otherFunding(OtherFunding.specialCoPayment(source));
            }
        }
        return builder.build();
    }

    private static BigDecimal money(SplittableRandom r, long maxDong) {
        return BigDecimal.valueOf(r.nextLong(maxDong * 100 + 1), 2);
    }
}
