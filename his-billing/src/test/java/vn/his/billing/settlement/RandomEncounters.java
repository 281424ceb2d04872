package vn.his.billing.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.his.core.card.CardDetails;
import vn.his.core.card.CardNumber;
import vn.his.core.card.InsuranceCard;
import vn.his.core.encounter.Diagnosis;
import vn.his.core.encounter.Discharge;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterOpening;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.encounter.OtherFunding;
import vn.his.core.facility.CareLevel;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.RouteLevel;
import vn.his.core.patient.BirthDate;
import vn.his.core.patient.Gender;
import vn.his.core.patient.Patient;
import vn.his.core.patient.PatientDetails;
import vn.his.core.patient.PatientRegistry;

/**
 * Seeded random encounters recorded through core's {@link EncounterService} as a clinic would: a provincial
 * hospital, a district hospital and a commune station; patients holding cards of every benefit level (some changing
 * card mid-year, some with five years of participation, some without card); outpatient visits and inpatient stays
 * with exams, beds, labs, imaging, surgery, drugs, blood, supplies in packages, payment ratios, out-of-scope lines,
 * armed-forces lines and other-source money; quantities and prices with 3 decimals. Deterministic for a seed.
 */
public final class RandomEncounters {

    private static final String[][] GROUPS = {{"TE", "CC"}, {"HN", "BT", "DT", "CB", "CN"}, {"HT"},
            {"DN", "HC", "GD", "HS", "SV", "GB"}, {"QN", "CA"}};

    /** One patient and the cards they hold; {@code digit} 5 when a level-5 card covers the whole year. */
    public record Holder(Patient patient, List<InsuranceCard> cards, int digit) {
    }

    private final EncounterService encounters;
    private final PatientRegistry registry;
    private final Random random;
    private final List<Facility> facilities = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();
    private final int year;
    private long citizen;

    public RandomEncounters(EncounterService encounters, FacilityRepository facilityRepository,
                            PatientRegistry registry, long seed, int firstCode, int year) {
        this.encounters = encounters;
        this.registry = registry;
        this.random = new Random(seed);
        this.year = year;
        this.citizen = seed % 1000 * 10_000;
        Object[][] kinds = {{RouteLevel.PROVINCIAL, CareLevel.SPECIALISED, null},
                {RouteLevel.DISTRICT, CareLevel.BASIC, 55}, {RouteLevel.COMMUNE, CareLevel.PRIMARY, null}};
        for (int i = 0; i < kinds.length; i++) {
            Facility f = new Facility("Cơ sở thử " + (firstCode + i), (RouteLevel) kinds[i][0], (CareLevel) kinds[i][1],
                    (Integer) kinds[i][2], false, "40", null);
            String code = String.format("40%03d", firstCode + i);
            f.assignCode(code, LocalDate.of(2020, 1, 1));
            facilities.add(facilityRepository.save(f));
            codes.add(code);
        }
    }

    public List<Facility> facilities() {
        return List.copyOf(facilities);
    }

    /** A patient with 0, 1 or 2 cards (the second starts on 1 July with another benefit level). */
    public Holder holder() {
        boolean male = random.nextBoolean();
        int birthYear = 1940 + random.nextInt(80);
        String cccd = String.format("040%d%02d%06d", male ? 0 : 1, birthYear % 100, ++citizen % 1_000_000);
        Patient p = registry.register(new PatientDetails(male ? "Nguyễn Văn Thử" : "Lê Thị Thử",
                BirthDate.of(LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28))),
                male ? Gender.MALE : Gender.FEMALE, "01", "000", "00000", "Xóm 1, xã Nghi Phong, Nghệ An", "40", null,
                "17605", cccd, null, null));
        int kind = random.nextInt(10);
        List<InsuranceCard> cards = new ArrayList<>();
        int digit = 1 + random.nextInt(5);
        if (kind == 0) {
            return new Holder(p, cards, 0);
        }
        String registered = codes.get(random.nextInt(codes.size()));
        LocalDate fiveYears = random.nextInt(3) == 0 ? LocalDate.of(year - 3, 1, 1) : null;
        if (kind == 1) {
            int second = 1 + random.nextInt(4);
            cards.add(card(p, digit, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), registered, fiveYears));
            cards.add(card(p, second, LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), registered, fiveYears));
            // armed-forces lines (PHAM_VI 3) only for a level-5 card all year
            return new Holder(p, cards, second == digit ? digit : 0);
        } else {
            cards.add(card(p, digit, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), registered, fiveYears));
        }
        return new Holder(p, cards, digit);
    }

    private InsuranceCard card(Patient p, int digit, LocalDate from, LocalDate to, String registered,
                               LocalDate fiveYears) {
        String[] groups = GROUPS[digit - 1];
        String number = groups[random.nextInt(groups.length)] + digit + (digit == 5 ? "97" : "40")
                + String.format("40%08d", p.id() % 100_000_000L);
        return registry.addCard(p.id(), new CardDetails(new CardNumber(number), from, to, registered, null, fiveYears,
                null));
    }

    /** Records and finishes one encounter of {@code holder} arriving at {@code arrival}. */
    public Encounter finished(Holder holder, LocalDateTime arrival) {
        Encounter e = open(holder, arrival);
        boolean inpatient = e.encounterType().equals("03");
        LocalDateTime discharge = inpatient ? arrival.plusDays(1 + random.nextInt(6)).withHour(16)
                : arrival.plusHours(2);
        addLines(e, holder, arrival, discharge, 1 + random.nextInt(inpatient ? 14 : 6));
        encounters.recordDiagnosis(e.id(), new Diagnosis("Khám", "Viêm họng cấp", "J02.9", List.of(), null, null));
        encounters.finish(e.id(), new Discharge(discharge, 1, 1, null, null, null, null));
        return e;
    }

    private Encounter open(Holder holder, LocalDateTime arrival) {
        int at = random.nextInt(facilities.size());
        boolean inpatient = at < 2 && random.nextInt(4) == 0;
        boolean emergency = random.nextInt(12) == 0;
        boolean referral = !emergency && at < 2 && random.nextInt(6) == 0;
        List<Long> cardIds = holder.cards().stream().map(InsuranceCard::id).toList();
        return encounters.open(holder.patient().id(), facilities.get(at).id(), cardIds,
                new EncounterOpening(inpatient ? "03" : "01", arrival, "Khám bệnh", emergency,
                        referral ? "GCT-" + random.nextInt(10_000) : null, referral ? codes.get(2) : null, false, null,
                        "K01", null));
    }

    /** Adds {@code count} random lines ordered between arrival and discharge. */
    public void addLines(Encounter e, Holder holder, LocalDateTime arrival, LocalDateTime discharge, int count) {
        long minutes = Math.max(1, java.time.Duration.between(arrival, discharge).toMinutes());
        for (int i = 0; i < count; i++) {
            LocalDateTime at = arrival.plusMinutes(i == 0 ? 0 : 1 + (long) (random.nextDouble() * (minutes - 1)));
            encounters.addLine(e.id(), line(holder, at));
        }
    }

    private OrderLineDraft line(Holder holder, LocalDateTime at) {
        int pick = random.nextInt(100);
        OrderKind kind;
        int group;
        if (pick < 15) {
            kind = OrderKind.SERVICE; group = 13;
        } else if (pick < 35) {
            kind = OrderKind.DRUG; group = random.nextInt(5) == 0 ? 6 : 4;
        } else if (pick < 50) {
            kind = OrderKind.SERVICE; group = 1 + random.nextInt(3);
        } else if (pick < 58) {
            kind = OrderKind.SERVICE; group = new int[] {8, 18, 9}[random.nextInt(3)];
        } else if (pick < 68) {
            kind = OrderKind.BED; group = 15;
        } else if (pick < 80) {
            kind = OrderKind.SUPPLY; group = random.nextInt(4) == 0 ? 11 : 10;
        } else if (pick < 85) {
            kind = OrderKind.BLOOD; group = 7;
        } else {
            kind = OrderKind.DRUG; group = 5;
        }
        BigDecimal quantity = random.nextInt(6) == 0
                ? BigDecimal.valueOf(1 + random.nextInt(20_000), 3)
                : BigDecimal.valueOf(1 + random.nextInt(group == 4 || group == 5 ? 60 : 3));
        BigDecimal hospital = random.nextInt(4) == 0
                ? BigDecimal.valueOf(1_000 + random.nextInt(5_000_000), 3).multiply(BigDecimal.TEN)
                : BigDecimal.valueOf(group == 8 ? 2_000_000 + random.nextInt(20_000_000) : 500 + random.nextInt(900_000));
        hospital = hospital.setScale(3, RoundingMode.HALF_UP);
        BigDecimal fund = kind.isDrugTable() || random.nextInt(3) > 0 ? hospital
                : hospital.multiply(BigDecimal.valueOf(60 + random.nextInt(41))).movePointLeft(2)
                .setScale(3, RoundingMode.DOWN);
        int fundRatio = group == 6 || group == 9 || group == 11 ? new int[] {30, 50, 70, 100}[random.nextInt(4)] : 100;
        int serviceRatio = !kind.isDrugTable() && random.nextInt(8) == 0 ? new int[] {50, 80}[random.nextInt(2)] : 100;
        boolean armed = holder.digit() == 5 && random.nextInt(8) == 0;
        int scope = armed ? 3 : random.nextInt(15) == 0 ? 2 : 1;
        String supplyPackage = kind == OrderKind.SUPPLY && random.nextInt(3) == 0 ? "G" + (1 + random.nextInt(2)) : null;
        OtherFunding other = OtherFunding.NONE;
        if (!armed && random.nextInt(10) == 0) {
            BigDecimal bv = quantity.multiply(hospital).multiply(BigDecimal.valueOf(serviceRatio)).movePointLeft(2);
            BigDecimal share = bv.multiply(BigDecimal.valueOf(random.nextInt(40))).movePointLeft(2)
                    .setScale(2, RoundingMode.DOWN);
            BigDecimal half = share.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
            other = random.nextBoolean() ? new OtherFunding(share, null, null, null)
                    : new OtherFunding(null, half, null, share.subtract(half));
        }
        String code = kind.name().substring(0, 2) + "." + group + "." + random.nextInt(50);
        return new OrderLineDraft(kind, code, "Mục " + code, kind == OrderKind.SUPPLY ? null : code,
                kind == OrderKind.SUPPLY ? code : null, group, "Lần", quantity, hospital, fund, scope, fundRatio,
                kind.isDrugTable() ? 100 : serviceRatio, supplyPackage, at, null, null, "K01", "000123/NA-CCHN", null,
                null, null, kind == OrderKind.BED ? "H001" : null, 1, kind.isDrugTable() ? 1 : null, null, null, null,
                null, null, null, null, null, null, null, other);
    }

    public Random random() {
        return random;
    }
}
