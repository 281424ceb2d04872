package vn.his.web.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.core.catalog.CatalogItem;
import vn.his.core.common.ClinicalTime;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.facility.CareLevel;
import vn.his.core.facility.Facility;
import vn.his.core.facility.RouteLevel;
import vn.his.core.patient.NameKey;
import vn.his.core.reference.AdminUnitRow;
import vn.his.core.reference.ReferenceFile;
import vn.his.web.demo.DemoCatalogue;
import vn.his.web.demo.DemoProvince;

/**
 * Fills the database with a synthetic province for load tests and benchmarks, written straight to the core tables
 * with JDBC batches (one transaction per chunk of encounters), not through the services one row at a time:
 * <ul>
 *   <li>a facility tree of Nghệ An (40): one provincial general hospital, district hospitals and commune health
 *   stations in real districts and communes of the 2024 administrative-unit list, with departments, practitioners
 *   and the demo catalogue ({@link DemoCatalogue}: the drugs, services and supplies with prices the demo province
 *   settles and assesses without errors);</li>
 *   <li>patients living in the communes of those stations, with cards of every group and benefit level 1–5
 *   (bhyt-rules §1.2), some changing card on 1 July, some with five years of participation, some registered in
 *   another province, some with only last year's expired card (they pay themselves);</li>
 *   <li>encounters arriving in the month, shaped like a province's month: ~45 % commune visits of 1–5 lines,
 *   district outpatient visits, emergencies, outpatient referrals to the provincial hospital, inpatient stays of
 *   2–30 days with a bed, drugs and often labs every day (tens to hundreds of lines), chronic-disease drug refills;
 *   some commune visits end with a transfer to the district hospital; ~2 % are still open.</li>
 * </ul>
 * Deterministic for a seed on an empty database. Ids continue after the largest id of each table and the codes
 * (MA_CSKCB, MA_BN, MA_LK) after the ones in use or taken from {@code code_sequence}, so it can run again on the same
 * database; it expects no other writer while it runs (the ids are taken as MAX(id) + 1).
 */
@Component
public class SyntheticProvince {

    static final String PROVINCE = "40";
    private static final int ENCOUNTER_CHUNK = 2_000;
    private static final int PATIENT_CHUNK = 5_000;
    private static final int BATCH = 1_000;
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hồ", "Hoàng", "Phan", "Võ", "Đặng", "Bùi",
            "Đậu", "Thái", "Cao", "Chu", "Lương"};
    private static final String[] MIDDLE_M = {"Văn", "Đình", "Hữu", "Công", "Xuân", "Đức", "Quang"};
    private static final String[] MIDDLE_F = {"Thị", "Thị", "Ngọc", "Thu", "Hồng", "Minh"};
    private static final String[] GIVEN_M = {"An", "Bình", "Cường", "Dũng", "Hùng", "Khánh", "Long", "Nam", "Phong",
            "Quân", "Sơn", "Tài", "Thắng", "Vinh", "Toàn"};
    private static final String[] GIVEN_F = {"Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Lan", "Linh", "Mai", "Nga",
            "Nhung", "Oanh", "Phương", "Thảo", "Yến"};
    /** Card group codes by benefit digit (bhyt-rules §1.2). */
    private static final String[][] GROUPS = {{"TE", "CC"}, {"HN", "BT", "DT", "CB", "CN"}, {"HT"},
            {"DN", "HC", "GD", "HS", "SV", "GB"}, {"QN", "CA"}};
    /** Acute diagnoses (ICD-10 of QĐ 4469, in the reference catalogue). */
    private static final String[][] ACUTE = {{"J02.9", "Viêm họng cấp"},
            {"J06.9", "Nhiễm trùng đường hô hấp trên cấp"}, {"J20.9", "Viêm phế quản cấp"}, {"A09", "Tiêu chảy"},
            {"K29.7", "Viêm dạ dày"}, {"M54.5", "Đau thắt lưng"}, {"R50.9", "Sốt"}};
    private static final String[][] CHRONIC = {{"I10", "Tăng huyết áp vô căn"}, {"E11.9", "Đái tháo đường typ 2"},
            {"E78.5", "Tăng lipid máu"}, {"J44.9", "Bệnh phổi tắc nghẽn mạn tính"}};
    private static final String[][] INPATIENT = {{"J18.9", "Viêm phổi"}, {"J44.9", "Bệnh phổi tắc nghẽn mạn tính"},
            {"I10", "Tăng huyết áp vô căn"}, {"E11.9", "Đái tháo đường typ 2"}, {"A09", "Tiêu chảy"},
            {"K35.8", "Viêm ruột thừa cấp"}, {"S52.5", "Gãy đầu dưới xương quay"}, {"J20.9", "Viêm phế quản cấp"}};

    /** The kinds of visit, with the XML1 MA_LOAI_KCB they end with. */
    public enum Kind {
        COMMUNE_VISIT("01"), DISTRICT_OUTPATIENT("01"), EMERGENCY("01"), REFERRAL_OUTPATIENT("01"), INPATIENT("03"),
        CHRONIC_REFILL("05");

        final String type;

        Kind(String type) {
            this.type = type;
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ClinicalTime time;

    public SyntheticProvince(JdbcTemplate jdbc, TransactionTemplate tx, ClinicalTime time) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.time = time;
    }

    private record Site(long id, String code, RouteLevel level, int parent, String districtCode,
                        List<String> communeCodes, String examDepartment, String emergencyDepartment,
                        List<String> wards, List<String> staff) {
        boolean hospital() {
            return level != RouteLevel.COMMUNE;
        }
    }

    private record Card(long id, String number, String registered, LocalDate from, LocalDate to, String livingArea,
                        LocalDate fiveYears) {
        boolean validOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    private record Person(long id, int age, int station, List<Card> cards) {
    }

    /** Order lines of one encounter being built, numbered in order. */
    private static final class Lines {
        final List<OrderLineDraft> drafts = new ArrayList<>();
        final Set<String> departments = new LinkedHashSet<>();

        void add(OrderLineDraft d) {
            drafts.add(d);
            departments.add(d.departmentCode());
        }
    }

    /** Ids continuing after the largest one of each table. */
    private final class Ids {
        final Map<String, Long> next = new HashMap<>();

        long next(String table) {
            return next.compute(table, (t, n) -> n != null ? n + 1
                    : jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + t, Long.class));
        }
    }

    public GenerationReport generate(GenerationRequest request, Consumer<String> progress) {
        long started = System.nanoTime();
        Random random = new Random(request.seed());
        LocalDateTime now = time.now().withNano(0);
        Ids ids = new Ids();
        List<AdminUnitRow> communes;
        try (Stream<AdminUnitRow> rows = ReferenceFile.ADMIN_UNITS_2024.readFromClasspath()) {
            communes = rows.filter(r -> PROVINCE.equals(r.provinceCode()) && r.hasCommune()).toList();
        }
        List<CatalogItem> catalogue = DemoCatalogue.itemsFor(
                new Facility("catalogue", RouteLevel.COMMUNE, CareLevel.PRIMARY, null, false, PROVINCE, null), SINCE);
        Map<Integer, List<CatalogItem>> byGroup = new TreeMap<>();
        // orders draw from the items in the BHYT list (PHAM_VI 1): an out-of-list drug (PHAM_VI 2) is priced with
        // THANH_TIEN_BH 0 by billing while the pre-submission assessment (LineMoneyRule) still expects
        // SO_LUONG × DON_GIA × TYLE_TT_BH for XML2, so its claim would be held; the catalogue keeps those items
        catalogue.stream().filter(i -> i.scope() == 1)
                .forEach(i -> byGroup.computeIfAbsent(i.costGroup(), g -> new ArrayList<>()).add(i));

        List<Site> sites = tx.execute(s -> writeFacilities(request.facilities(), communes, catalogue, ids, random, now));
        progress.accept(sites.size() + " cơ sở KCB / facilities: " + sites.get(0).code() + "…"
                + sites.get(sites.size() - 1).code());

        List<Integer> stations = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).level() == RouteLevel.COMMUNE) {
                stations.add(i);
            }
        }
        Map<String, AdminUnitRow> homes = new HashMap<>();
        communes.forEach(c -> homes.put(c.communeCode(), c));
        List<Person> people = new ArrayList<>(request.patients());
        int[] cards = {0};
        long firstPatientNo = tx.execute(s -> reserve("patient." + PROVINCE, request.patients()));
        for (int from = 0; from < request.patients(); from += PATIENT_CHUNK) {
            int to = Math.min(request.patients(), from + PATIENT_CHUNK);
            int first = from;
            tx.executeWithoutResult(s -> {
                GeneratedRows patients = new GeneratedRows(GeneratedRows.PATIENT);
                GeneratedRows cardRows = new GeneratedRows(GeneratedRows.CARD);
                for (int i = first; i < to; i++) {
                    people.add(patient(random, request.month(), sites, stations, homes, firstPatientNo + i, i == 0, ids, patients,
                            cardRows, now));
                }
                patients.flush(jdbc, BATCH);
                cards[0] += cardRows.pending();
                cardRows.flush(jdbc, BATCH);
            });
        }
        progress.accept(people.size() + " người bệnh, " + cards[0] + " thẻ / patients, cards");

        // the claims are for insured visits: patients holding only last year's card, or none, are registered but
        // come to no encounter of the month (a self-paying visit is no BHYT claim)
        List<Person> insured = people.stream().filter(p -> covered(p, request.month().atDay(1))
                && covered(p, request.month().atEndOfMonth())).toList();
        Map<String, Long> counters = new LinkedHashMap<>();
        for (Site site : sites) {
            jdbc.query("SELECT name, next_value FROM code_sequence WHERE name LIKE ?",
                    rs -> { counters.put(rs.getString(1), rs.getLong(2) - 1); }, "malk." + site.code() + ".%");
        }
        Set<String> existingCounters = Set.copyOf(counters.keySet());
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            byKind.put(k.name(), 0);
        }
        long[] lines = {0};
        int[] finished = {0};
        for (int from = 0; from < request.encounters(); from += ENCOUNTER_CHUNK) {
            int count = Math.min(request.encounters(), from + ENCOUNTER_CHUNK) - from;
            tx.executeWithoutResult(s -> {
                GeneratedRows encounters = new GeneratedRows(GeneratedRows.ENCOUNTER);
                GeneratedRows encounterCards = new GeneratedRows(GeneratedRows.ENCOUNTER_CARD);
                GeneratedRows orderLines = new GeneratedRows(GeneratedRows.ORDER_LINE);
                for (int i = 0; i < count; i++) {
                    Kind kind = encounter(random, request.month(), sites, insured, byGroup, counters, ids, encounters,
                            encounterCards, orderLines, finished, now);
                    byKind.merge(kind.name(), 1, Integer::sum);
                }
                encounters.flush(jdbc, BATCH);
                encounterCards.flush(jdbc, BATCH);
                lines[0] += orderLines.pending();
                orderLines.flush(jdbc, BATCH);
            });
            progress.accept((from + count) + " / " + request.encounters() + " đợt KCB / encounters, "
                    + lines[0] + " dòng / lines");
        }
        tx.executeWithoutResult(s -> {
            List<Object[]> updates = new ArrayList<>();
            GeneratedRows inserts = new GeneratedRows(GeneratedRows.CODE_SEQUENCE);
            counters.forEach((name, last) -> {
                if (existingCounters.contains(name)) {
                    updates.add(new Object[] {last + 1, name});
                } else {
                    inserts.add(name, last + 1);
                }
            });
            if (!updates.isEmpty()) {
                jdbc.batchUpdate("UPDATE code_sequence SET next_value = ? WHERE name = ?", updates);
            }
            inserts.flush(jdbc, BATCH);
        });
        return new GenerationReport(sites.stream().map(Site::id).toList(), sites.stream().map(Site::code).toList(),
                people.size(), cards[0], request.encounters(), finished[0], lines[0], byKind,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean covered(Person p, LocalDate day) {
        return p.cards().stream().anyMatch(c -> c.validOn(day));
    }

    /** Takes {@code count} values of a counter of {@code code_sequence} at once; returns the first. */
    private long reserve(String name, long count) {
        List<Long> current = jdbc.query("SELECT next_value FROM code_sequence WHERE name = ? FOR UPDATE",
                (rs, i) -> rs.getLong(1), name);
        if (current.isEmpty()) {
            jdbc.update("INSERT INTO code_sequence (name, next_value) VALUES (?, ?)", name, count + 1);
            return 1;
        }
        jdbc.update("UPDATE code_sequence SET next_value = ? WHERE name = ?", current.get(0) + count, name);
        return current.get(0);
    }

    // ---- facilities -------------------------------------------------------------------------------------------

    private List<Site> writeFacilities(int count, List<AdminUnitRow> communes, List<CatalogItem> catalogue, Ids ids,
                                       Random random, LocalDateTime now) {
        List<String> codes = freeCodes(count);
        Map<String, List<AdminUnitRow>> byDistrict = new LinkedHashMap<>();
        communes.forEach(c -> byDistrict.computeIfAbsent(c.districtCode(), d -> new ArrayList<>()).add(c));
        List<String> districts = new ArrayList<>(byDistrict.keySet());
        // about one district hospital per nine commune stations, as in a province (≈ 20 districts, 400+ communes)
        int districtCount = Math.max(1, Math.min(districts.size(), (count - 1) / 10));
        int stationCount = count - 1 - districtCount;
        int maxStations = districts.subList(0, districtCount).stream().mapToInt(d -> byDistrict.get(d).size()).sum();
        if (stationCount > maxStations) {
            throw new IllegalArgumentException("Tỉnh " + PROVINCE + " không đủ xã cho " + stationCount
                    + " trạm y tế / not enough communes for " + stationCount + " stations");
        }
        GeneratedRows facilities = new GeneratedRows(GeneratedRows.FACILITY);
        GeneratedRows facilityCodes = new GeneratedRows(GeneratedRows.FACILITY_CODE);
        GeneratedRows departments = new GeneratedRows(GeneratedRows.DEPARTMENT);
        GeneratedRows practitioners = new GeneratedRows(GeneratedRows.PRACTITIONER);
        GeneratedRows items = new GeneratedRows(GeneratedRows.CATALOG_ITEM);
        List<Site> sites = new ArrayList<>();
        AdminUnitRow seat = byDistrict.get(districts.get(0)).get(0);
        sites.add(site(ids, facilities, facilityCodes, departments, practitioners, codes.get(0),
                "Bệnh viện Đa khoa tỉnh Nghệ An " + codes.get(0), RouteLevel.PROVINCIAL, CareLevel.SPECIALISED, null,
                "I", -1, sites, seat, List.of()));
        for (int d = 0; d < districtCount; d++) {
            AdminUnitRow seatOf = byDistrict.get(districts.get(d)).get(0);
            sites.add(site(ids, facilities, facilityCodes, departments, practitioners, codes.get(1 + d),
                    "Trung tâm Y tế " + seatOf.districtName(), RouteLevel.DISTRICT, CareLevel.BASIC,
                    40 + random.nextInt(40), d % 2 == 0 ? "II" : "III", 0, sites, seatOf, List.of()));
        }
        int[] taken = new int[districtCount];
        for (int s = 0; s < stationCount; s++) {
            int d = s % districtCount;
            while (taken[d] >= byDistrict.get(districts.get(d)).size()) {
                d = (d + 1) % districtCount;
            }
            AdminUnitRow commune = byDistrict.get(districts.get(d)).get(taken[d]++);
            sites.add(site(ids, facilities, facilityCodes, departments, practitioners, codes.get(1 + districtCount + s),
                    "Trạm Y tế " + commune.communeName(), RouteLevel.COMMUNE, CareLevel.PRIMARY, null, null, 1 + d,
                    sites, commune, List.of(commune.communeCode())));
        }
        for (Site site : sites) {
            for (CatalogItem i : catalogue) {
                items.add(ids.next("catalog_item"), site.id(), i.kind().name(), i.code(), i.name(),
                        i.activeIngredient(), i.costGroup(), i.unit(), i.strength(), i.routeCode(), i.dosageForm(),
                        i.registrationNo(), i.tenderInfo(), i.hospitalPrice(), i.insurancePrice(), i.insuranceRatio(),
                        i.scope(), SINCE, null, true);
            }
        }
        facilities.flush(jdbc, BATCH);
        facilityCodes.flush(jdbc, BATCH);
        departments.flush(jdbc, BATCH);
        practitioners.flush(jdbc, BATCH);
        items.flush(jdbc, BATCH);
        return sites;
    }

    /** The first {@code count} MA_CSKCB of the province from 40200 on that no facility has ever had. */
    private List<String> freeCodes(int count) {
        Set<String> used = new java.util.HashSet<>(jdbc.queryForList(
                "SELECT code FROM facility_code WHERE code LIKE ?", String.class, PROVINCE + "%"));
        List<String> codes = new ArrayList<>();
        for (int n = 200; n < 1000 && codes.size() < count; n++) {
            String code = PROVINCE + String.format("%03d", n);
            if (!used.contains(code)) {
                codes.add(code);
            }
        }
        if (codes.size() < count) {
            throw new IllegalArgumentException("Chỉ còn " + codes.size() + " mã cơ sở KCB trống từ " + PROVINCE
                    + "200 đến " + PROVINCE + "999 / only " + codes.size() + " free facility codes left");
        }
        return codes;
    }

    private Site site(Ids ids, GeneratedRows facilities, GeneratedRows facilityCodes, GeneratedRows departments,
                      GeneratedRows practitioners, String code, String name, RouteLevel level, CareLevel care,
                      Integer points, String hospitalClass, int parent, List<Site> sites, AdminUnitRow place,
                      List<String> communeCodes) {
        long id = ids.next("facility");
        facilities.add(id, name, level.name(), care.name(), points, false, hospitalClass,
                parent < 0 ? null : sites.get(parent).id(), PROVINCE, place.communeCode(),
                place.communeName() + ", " + place.districtName() + ", Nghệ An", "4012345678", true);
        facilityCodes.add(ids.next("facility_code"), id, code, SINCE, null);
        boolean hospital = level != RouteLevel.COMMUNE;
        String[][] deps = hospital
                ? new String[][] {{"K01", "Khoa Khám bệnh"}, {"K02", "Khoa Hồi sức cấp cứu"}, {"K03", "Khoa Nội tổng hợp"},
                        {"K26", "Khoa Ngoại tổng hợp"}, {"K19", "Khoa Nhi"}}
                : new String[][] {{"K01", "Khoa Khám bệnh"}};
        List<Long> depIds = new ArrayList<>();
        for (int i = 0; i < deps.length; i++) {
            long depId = ids.next("department");
            depIds.add(depId);
            departments.add(depId, id, deps[i][0], deps[i][1], i > 0);
        }
        List<String> staff = new ArrayList<>();
        int count = level == RouteLevel.PROVINCIAL ? 10 : hospital ? 6 : 2;
        for (int i = 0; i < count; i++) {
            String person = (i % 2 == 0 ? "BS. " : "YS. ") + FAMILY[(int) ((id * 7 + i) % FAMILY.length)] + " "
                    + (i % 2 == 0 ? "Văn " + GIVEN_M[i % GIVEN_M.length] : "Thị " + GIVEN_F[i % GIVEN_F.length]);
            String cchn = String.format("%06d/NA-CCHN", (id * 100 + i) % 1_000_000);
            staff.add(cchn);
            practitioners.add(ids.next("practitioner"), id, person, cchn, i % 2 == 0 ? "Bác sĩ" : "Y sĩ",
                    depIds.get(i % depIds.size()), true);
        }
        return new Site(id, code, level, parent, place.districtCode(), communeCodes, "K01", hospital ? "K02" : "K01",
                hospital ? List.of("K03", "K26", "K19") : List.of(), staff);
    }

    // ---- patients and cards -----------------------------------------------------------------------------------

    private Person patient(Random r, YearMonth month, List<Site> sites, List<Integer> stations,
                           Map<String, AdminUnitRow> homes, long number, boolean first, Ids ids,
                           GeneratedRows patients, GeneratedRows cards, LocalDateTime now) {
        int station = stations.get(r.nextInt(stations.size()));
        AdminUnitRow home = homes.get(sites.get(station).communeCodes().get(0));
        boolean male = r.nextBoolean();
        String name = FAMILY[r.nextInt(FAMILY.length)] + " " + (male ? MIDDLE_M[r.nextInt(MIDDLE_M.length)]
                : MIDDLE_F[r.nextInt(MIDDLE_F.length)]) + " " + (male ? GIVEN_M[r.nextInt(GIVEN_M.length)]
                : GIVEN_F[r.nextInt(GIVEN_F.length)]);
        int roll = r.nextInt(100);
        int age = roll < 10 ? r.nextInt(6) : roll < 25 ? 6 + r.nextInt(12) : roll < 75 ? 18 + r.nextInt(42)
                : 60 + r.nextInt(35);
        LocalDate birth = month.atDay(1).minusYears(age).minusDays(1 + r.nextInt(364));
        boolean yearOnly = age >= 60 && r.nextInt(25) == 0;
        long id = ids.next("patient");
        String patientCode = PROVINCE + String.format("%08d", number);
        String cccd = age >= 14 ? String.format("040%d%02d%06d", (male ? 0 : 1) + (birth.getYear() >= 2000 ? 2 : 0),
                birth.getYear() % 100, number % 1_000_000) : null;
        patients.add(id, patientCode, name, NameKey.of(name), birth.getYear(), yearOnly ? null : birth.getMonthValue(),
                yearOnly ? null : birth.getDayOfMonth(), male ? 1 : 2, r.nextInt(12) == 0 ? "02" : "01", "000",
                age >= 18 && age < 60 ? "00001" : "00000",
                "Xóm " + (1 + r.nextInt(12)) + ", " + home.communeName() + ", " + home.districtName() + ", Nghệ An",
                PROVINCE, home.districtCode(), home.communeCode(), cccd,
                age >= 14 ? "09" + (10_000_000 + r.nextInt(89_999_999)) : null, now, now, 0L);
        return new Person(id, age, station, cards(r, month, sites, station, age, number, first, id, ids, cards, now));
    }

    private List<Card> cards(Random r, YearMonth month, List<Site> sites, int station, int age, long number,
                             boolean first,
                             long patientId, Ids ids, GeneratedRows rows, LocalDateTime now) {
        List<Card> cards = new ArrayList<>();
        // the first patient of a run always holds this year's card, so every run has someone to treat
        int kind = first ? 50 : r.nextInt(100);
        if (kind < 3) {
            return cards; // no card: pays the whole bill
        }
        String registered = sites.get(station).code();
        if (kind < 12) {
            registered = sites.get(sites.get(station).parent()).code(); // registered at the district hospital
        } else if (kind < 18) {
            registered = "38001"; // registered in Thanh Hóa, treated here
        }
        String social = PROVINCE + "9" + String.format("%07d", number % 10_000_000);
        LocalDate yearStart = LocalDate.of(month.getYear(), 1, 1);
        LocalDate fiveYears = r.nextInt(4) == 0 ? yearStart.minusYears(5 + r.nextInt(3)) : null;
        String livingArea = r.nextInt(25) == 0 ? new String[] {"K1", "K2", "K3"}[r.nextInt(3)] : null;
        if (kind < 22) {
            // only last year's card, expired
            cards.add(card(r, age, social, yearStart.minusYears(1), yearStart.minusDays(1), registered, null, null,
                    patientId, ids, rows, now));
        } else if (kind < 32) {
            // a new card with another benefit level from 1 July
            cards.add(card(r, age, social, yearStart, LocalDate.of(month.getYear(), 6, 30), registered, livingArea,
                    fiveYears, patientId, ids, rows, now));
            cards.add(card(r, age, social, LocalDate.of(month.getYear(), 7, 1), LocalDate.of(month.getYear(), 12, 31),
                    registered, livingArea, fiveYears, patientId, ids, rows, now));
        } else {
            cards.add(card(r, age, social, yearStart, LocalDate.of(month.getYear(), 12, 31), registered, livingArea,
                    fiveYears, patientId, ids, rows, now));
        }
        return cards;
    }

    private Card card(Random r, int age, String social, LocalDate from, LocalDate to, String registered,
                      String livingArea, LocalDate fiveYears, long patientId, Ids ids, GeneratedRows rows,
                      LocalDateTime now) {
        int digit = age < 6 ? 1 : age >= 60 && r.nextInt(3) == 0 ? 3
                : new int[] {2, 4, 4, 4, 4, 2, 5, 4, 1, 3}[r.nextInt(10)];
        String[] groups = GROUPS[digit - 1];
        String group = age < 6 ? "TE" : groups[r.nextInt(groups.length)];
        String province = digit == 5 ? "97" : PROVINCE;
        String number = group + digit + province + social;
        long id = ids.next("insurance_card");
        rows.add(id, patientId, number, social, group, digit, province, from, to, registered, livingArea, fiveYears,
                null, now);
        return new Card(id, number, registered, from, to, livingArea, fiveYears);
    }

    // ---- encounters -------------------------------------------------------------------------------------------

    private Kind kind(Random r) {
        int roll = r.nextInt(100);
        return roll < 45 ? Kind.COMMUNE_VISIT : roll < 67 ? Kind.DISTRICT_OUTPATIENT : roll < 73 ? Kind.EMERGENCY
                : roll < 78 ? Kind.REFERRAL_OUTPATIENT : roll < 91 ? Kind.INPATIENT : Kind.CHRONIC_REFILL;
    }

    private Kind encounter(Random r, YearMonth month, List<Site> sites, List<Person> insured,
                           Map<Integer, List<CatalogItem>> items, Map<String, Long> counters, Ids ids,
                           GeneratedRows encounters, GeneratedRows encounterCards, GeneratedRows orderLines,
                           int[] finished, LocalDateTime now) {
        Kind kind = kind(r);
        Person p = insured.get(r.nextInt(insured.size()));
        Site station = sites.get(p.station());
        Site district = sites.get(station.parent());
        Site site = switch (kind) {
            case COMMUNE_VISIT -> station;
            case DISTRICT_OUTPATIENT, CHRONIC_REFILL -> district;
            case EMERGENCY -> r.nextInt(4) == 0 ? sites.get(0) : district;
            case REFERRAL_OUTPATIENT -> sites.get(0);
            case INPATIENT -> r.nextInt(3) == 0 ? sites.get(0) : district;
        };
        boolean emergency = kind == Kind.EMERGENCY;
        boolean referred = kind == Kind.REFERRAL_OUTPATIENT || (kind == Kind.INPATIENT && site == sites.get(0)
                && r.nextBoolean());
        String[] dx = switch (kind) {
            case CHRONIC_REFILL -> CHRONIC[r.nextInt(CHRONIC.length)];
            case INPATIENT -> INPATIENT[r.nextInt(INPATIENT.length)];
            case EMERGENCY -> r.nextBoolean() ? INPATIENT[5 + r.nextInt(2)] : ACUTE[r.nextInt(ACUTE.length)];
            default -> r.nextInt(5) == 0 ? CHRONIC[r.nextInt(CHRONIC.length)] : ACUTE[r.nextInt(ACUTE.length)];
        };
        int days = kind != Kind.INPATIENT ? 0 : r.nextInt(10) == 0 ? 15 + r.nextInt(16) : 2 + r.nextInt(13);
        int lastArrivalDay = Math.max(1, month.lengthOfMonth() - days - 1);
        LocalDateTime arrival = month.atDay(1 + r.nextInt(lastArrivalDay))
                .atTime(emergency ? r.nextInt(24) : 7 + r.nextInt(9), r.nextInt(60));
        String cchn = site.staff().get(r.nextInt(site.staff().size()));
        String reception = emergency ? site.emergencyDepartment() : site.examDepartment();
        Lines lines = new Lines();
        LocalDateTime t = arrival.plusMinutes(5);
        lines.add(line(items, r, 13, BigDecimal.ONE, t, reception, cchn));
        LocalDateTime admitted = null;
        LocalDateTime discharge;
        switch (kind) {
            case COMMUNE_VISIT -> t = outpatientLines(r, items, lines, t, r.nextInt(5), 5, 15, reception, cchn);
            case DISTRICT_OUTPATIENT -> t = outpatientLines(r, items, lines, t, 1 + r.nextInt(7), 5, 30, reception,
                    cchn);
            case REFERRAL_OUTPATIENT -> t = outpatientLines(r, items, lines, t, 3 + r.nextInt(8), 7, 30, reception,
                    cchn);
            case CHRONIC_REFILL -> {
                for (int k = 0; k < 1 + r.nextInt(3); k++) {
                    t = t.plusMinutes(10);
                    lines.add(line(items, r, 4, BigDecimal.valueOf(30), t, reception, cchn));
                }
            }
            case EMERGENCY -> {
                t = outpatientLines(r, items, lines, t, 2 + r.nextInt(5), 3, 10, reception, cchn);
                t = t.plusMinutes(5);
                lines.add(line(items, r, 10, BigDecimal.valueOf(1 + r.nextInt(4)), t, reception, cchn));
            }
            case INPATIENT -> {
                String ward = site.wards().get(dx[0].startsWith("K35") || dx[0].startsWith("S52") ? 1
                        : p.age() < 16 ? 2 : 0);
                admitted = arrival.plusHours(1);
                lines.add(line(items, r, 1, BigDecimal.ONE, admitted.plusMinutes(30), ward, cchn));
                lines.add(line(items, r, 1, BigDecimal.ONE, admitted.plusMinutes(35), ward, cchn));
                lines.add(line(items, r, 2, BigDecimal.ONE, admitted.plusMinutes(50), ward, cchn));
                if (dx[0].startsWith("K35") || dx[0].startsWith("S52")) {
                    lines.add(line(items, r, 8, BigDecimal.ONE, admitted.plusHours(3), ward, cchn));
                    lines.add(line(items, r, 18, BigDecimal.ONE, admitted.plusHours(3).plusMinutes(5), ward, cchn));
                    lines.add(line(items, r, 10, BigDecimal.valueOf(2 + r.nextInt(4)), admitted.plusHours(3), ward,
                            cchn));
                }
                for (int d = 0; d < days; d++) {
                    LocalDateTime day = d == 0 ? admitted.plusMinutes(20) : admitted.toLocalDate().plusDays(d)
                            .atTime(8, 0);
                    lines.add(line(items, r, 15, BigDecimal.ONE, day, ward, cchn));
                    int drugs = 2 + r.nextInt(6);
                    for (int k = 0; k < drugs; k++) {
                        lines.add(line(items, r, r.nextInt(12) == 0 ? 6 : 4, BigDecimal.valueOf(1 + r.nextInt(4)),
                                day.plusMinutes(30 + 5L * k), ward, cchn));
                    }
                    if (r.nextInt(3) == 0) {
                        lines.add(line(items, r, 1, BigDecimal.ONE, day.plusMinutes(15), ward, cchn));
                    }
                    if (r.nextInt(4) == 0) {
                        lines.add(line(items, r, 10, BigDecimal.valueOf(1 + r.nextInt(3)), day.plusMinutes(20), ward,
                                cchn));
                    }
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        if (kind == Kind.INPATIENT) {
            discharge = admitted.toLocalDate().plusDays(days).atTime(9 + r.nextInt(4), r.nextInt(60));
        } else {
            LocalDateTime earliest = t.plusMinutes(45);
            discharge = arrival.plusMinutes(60 + r.nextInt(120));
            if (discharge.isBefore(earliest)) {
                discharge = earliest;
            }
        }
        boolean open = r.nextInt(50) == 0;
        boolean transfer = kind == Kind.COMMUNE_VISIT && r.nextInt(15) == 0;

        long id = ids.next("encounter");
        String day = arrival.format(DAY);
        long counter = counters.merge("malk." + site.code() + "." + day, 1L, Long::sum);
        String maLk = site.code() + day + String.format("%06d", counter);
        LocalDate arrivalDay = arrival.toLocalDate();
        int seq = 0;
        for (Card c : p.cards()) {
            if (c.validOn(arrivalDay) || (kind == Kind.INPATIENT && c.validOn(discharge.toLocalDate())
                    && c.from().isAfter(arrivalDay))) {
                encounterCards.add(ids.next("encounter_card"), id, ++seq, c.id(), c.number(), c.registered(),
                        c.from(), c.to(), c.livingArea(), c.fiveYears(), null);
            }
        }
        encounters.add(id, maLk, site.id(), site.code(), p.id(), kind.type, open ? "OPEN" : "FINISHED", 1, arrival,
                admitted, open ? null : discharge, dx[1], admitted == null ? null : dx[1] + " cần điều trị nội trú",
                emergency, referred ? "GCT-" + (1000 + r.nextInt(9000)) : null,
                referred ? (kind == Kind.INPATIENT || r.nextBoolean() ? district.code() : station.code()) : null,
                open || !transfer ? null : district.code(), false, emergency && r.nextInt(3) == 0 ? "1" : null,
                dx[1], dx[1], dx[0], String.join(";", lines.departments), open ? null : transfer ? 2 : 1,
                open ? null : transfer ? 2 : 1, open ? null : treatment(kind),
                open ? null : "Tái khám khi có bất thường",
                new BigDecimal(p.age() < 6 ? 8 + r.nextInt(15) : 35 + r.nextInt(45)), maLk, now, now, 0L);
        int lineNo = 0;
        for (OrderLineDraft d : lines.drafts) {
            orderLines.add(ids.next("order_line"), id, ++lineNo, d.kind().name(), d.itemCode(), d.itemName(),
                    d.serviceCode(), d.supplyCode(), d.costGroup(), d.unit(), d.quantity(), d.hospitalUnitPrice(),
                    d.insuranceUnitPrice(), d.scope(), d.insuranceRatio(), d.serviceRatio(), d.supplyPackage(),
                    d.orderTime(), d.executionTime(), d.resultTime(), d.departmentCode(), d.orderingCchn(),
                    d.performerCchn(), d.icd10(), d.icd9(), d.bedCode(), d.paymentMethod(), d.fundingSource(),
                    d.strength(), d.routeCode(), d.dosageForm(), d.dosage(), d.usageNote(), d.registrationNo(),
                    d.tenderInfo(), d.fuelCode(), d.anaesthesia(), d.machineCode(), d.otherFunding().stateBudget(),
                    d.otherFunding().foreignAid(), d.otherFunding().domesticAid(), d.otherFunding().other(), now);
        }
        if (!open) {
            finished[0]++;
        }
        return kind;
    }

    /** PP_DIEUTRI (QĐ 4750 Bảng 1), required in every claim. */
    private static String treatment(Kind kind) {
        return switch (kind) {
            case INPATIENT -> "Điều trị nội trú: thuốc, theo dõi, xét nghiệm theo y lệnh";
            case EMERGENCY -> "Cấp cứu, xử trí ban đầu";
            case CHRONIC_REFILL -> "Cấp thuốc điều trị ngoại trú bệnh mạn tính";
            default -> "Khám bệnh, kê đơn điều trị ngoại trú";
        };
    }

    /** {@code extra} drugs and tests after the exam, ten minutes apart; returns the time of the last one. */
    private LocalDateTime outpatientLines(Random r, Map<Integer, List<CatalogItem>> items, Lines lines,
                                          LocalDateTime t, int extra, int minQty, int maxQty, String department,
                                          String cchn) {
        for (int k = 0; k < extra; k++) {
            t = t.plusMinutes(10);
            if (k % 2 == 0 || r.nextInt(3) == 0) {
                lines.add(line(items, r, r.nextInt(10) == 0 ? 6 : 4,
                        BigDecimal.valueOf(minQty + r.nextInt(maxQty - minQty + 1)), t, department, cchn));
            } else {
                int[] tests = {1, 1, 1, 2, 3, 18};
                lines.add(line(items, r, tests[r.nextInt(tests.length)], BigDecimal.ONE, t, department, cchn));
            }
        }
        return t;
    }

    private static OrderLineDraft line(Map<Integer, List<CatalogItem>> items, Random r, int group, BigDecimal qty,
                                       LocalDateTime at, String department, String cchn) {
        List<CatalogItem> pool = items.get(group);
        if (pool == null || pool.isEmpty()) {
            throw new IllegalStateException("The demo catalogue has no item of cost group " + group);
        }
        CatalogItem item = pool.get(r.nextInt(pool.size()));
        if (item.kind() == OrderKind.BED) {
            qty = BigDecimal.ONE;
        }
        return DemoProvince.line(item, qty, at, department, cchn);
    }
}
