package vn.his.web.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.core.card.CardDetails;
import vn.his.core.card.CardNumber;
import vn.his.core.card.InsuranceCard;
import vn.his.core.catalog.CatalogItem;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.common.ClinicalTime;
import vn.his.core.encounter.Diagnosis;
import vn.his.core.encounter.Discharge;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterOpening;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.encounter.OtherFunding;
import vn.his.core.encounter.RecordSummary;
import vn.his.core.encounter.Referral;
import vn.his.core.encounter.RevisitBooking;
import vn.his.core.facility.CareLevel;
import vn.his.core.facility.Department;
import vn.his.core.facility.DepartmentRepository;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.Practitioner;
import vn.his.core.facility.PractitionerRepository;
import vn.his.core.facility.RouteLevel;
import vn.his.core.patient.BirthDate;
import vn.his.core.patient.Gender;
import vn.his.core.patient.Patient;
import vn.his.core.patient.PatientDetails;
import vn.his.core.patient.PatientRegistry;
import vn.his.core.reference.AdminUnitRow;
import vn.his.core.reference.ReferenceFile;

/**
 * The demo province: Nghệ An (40) with one provincial general hospital, two district hospitals and six commune health
 * stations in real communes of the 2024 administrative-unit list, staff, ~300 patients holding cards of every benefit
 * level (some expired, some registered elsewhere) and ~1,000 encounters over the last two months: commune visits,
 * district outpatient and inpatient stays, emergencies, referrals and chronic-disease drug pick-ups. Deterministic
 * for a seed. Facility codes and catalogues are demo data (flagged {@code demo_data}). Most finished encounters are
 * then settled ({@link DemoSettlement}): paid in cash or by transfer, some discharged unpaid, a few corrected.
 */
@Component
public class DemoProvince {

    private static final Logger LOG = LoggerFactory.getLogger(DemoProvince.class);
    static final String PROVINCE = "40";

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hồ", "Hoàng", "Phan", "Võ", "Đặng", "Bùi",
            "Đậu", "Thái", "Cao", "Chu", "Lương"};
    private static final String[] MIDDLE_M = {"Văn", "Đình", "Hữu", "Công", "Xuân", "Đức", "Quang"};
    private static final String[] MIDDLE_F = {"Thị", "Thị", "Ngọc", "Thu", "Hồng", "Minh"};
    private static final String[] GIVEN_M = {"An", "Bình", "Cường", "Dũng", "Hùng", "Khánh", "Long", "Nam", "Phong",
            "Quân", "Sơn", "Tài", "Thắng", "Vinh", "Toàn"};
    private static final String[] GIVEN_F = {"Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Lan", "Linh", "Mai", "Nga",
            "Nhung", "Oanh", "Phương", "Thảo", "Yến"};
    /** Card group codes by benefit digit (bhyt-rules §1.2). */
    private static final Map<Integer, String[]> GROUPS = Map.of(
            1, new String[] {"TE", "CC"},
            2, new String[] {"HN", "BT", "DT", "CB", "CN"},
            3, new String[] {"HT"},
            4, new String[] {"DN", "HC", "GD", "HS", "SV", "GB"},
            5, new String[] {"QN", "CA"});
    /** Common diagnoses of the demo: (ICD-10, text, chronic). */
    private static final String[][] DIAGNOSES = {
            {"J02.9", "Viêm họng cấp", "n"}, {"J06.9", "Nhiễm trùng đường hô hấp trên cấp", "n"},
            {"J20.9", "Viêm phế quản cấp", "n"}, {"J18.9", "Viêm phổi", "n"}, {"A09", "Tiêu chảy", "n"},
            {"K29.7", "Viêm dạ dày", "n"}, {"M54.5", "Đau thắt lưng", "n"}, {"I10", "Tăng huyết áp vô căn", "y"},
            {"E11.9", "Đái tháo đường typ 2", "y"}, {"E78.5", "Tăng lipid máu", "y"}, {"J44.9", "Bệnh phổi tắc nghẽn mạn tính", "y"},
            {"K35.8", "Viêm ruột thừa cấp", "n"}, {"S52.5", "Gãy đầu dưới xương quay", "n"}, {"R50.9", "Sốt", "n"}};

    private final FacilityRepository facilities;
    private final DepartmentRepository departments;
    private final PractitionerRepository practitioners;
    private final CatalogItemRepository catalog;
    private final PatientRegistry registry;
    private final EncounterService encounters;
    private final ClinicalTime time;
    private final TransactionTemplate tx;
    private final DemoSettlement settlement;

    public DemoProvince(FacilityRepository facilities, DepartmentRepository departments,
                        PractitionerRepository practitioners, CatalogItemRepository catalog, PatientRegistry registry,
                        EncounterService encounters, ClinicalTime time, TransactionTemplate tx,
                        DemoSettlement settlement) {
        this.facilities = facilities;
        this.departments = departments;
        this.practitioners = practitioners;
        this.catalog = catalog;
        this.registry = registry;
        this.encounters = encounters;
        this.time = time;
        this.tx = tx;
        this.settlement = settlement;
    }

    /** A facility of the demo with what the generator needs to order for it. */
    record Site(Facility facility, String code, List<Department> departments, List<Practitioner> staff,
                List<CatalogItem> items) {
        List<CatalogItem> ofGroup(int... groups) {
            java.util.Set<Integer> wanted = java.util.Arrays.stream(groups).boxed().collect(java.util.stream.Collectors.toSet());
            return items.stream().filter(i -> wanted.contains(i.costGroup())).toList();
        }
    }

    public void load(long seed) {
        long started = System.nanoTime();
        Random random = new Random(seed);
        List<AdminUnitRow> communes;
        try (Stream<AdminUnitRow> rows = ReferenceFile.ADMIN_UNITS_2024.readFromClasspath()) {
            communes = rows.filter(r -> PROVINCE.equals(r.provinceCode()) && r.hasCommune()).toList();
        }
        List<Site> sites = tx.execute(s -> createSites(communes));
        List<Patient> patients = new ArrayList<>();
        Map<Long, List<InsuranceCard>> cards = new LinkedHashMap<>();
        List<AdminUnitRow> home = communes.stream()
                .filter(c -> List.of("425", "429", "412").contains(c.districtCode())).toList();
        for (int i = 0; i < 300; i++) {
            Patient p = registerPatient(random, home, i);
            patients.add(p);
            cards.put(p.id(), addCards(random, p, sites, i));
        }
        LocalDate today = time.today();
        int created = 0;
        List<Long> finished = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Patient p = patients.get(random.nextInt(patients.size()));
            LocalDateTime arrival = today.minusDays(1 + random.nextInt(60)).atTime(7 + random.nextInt(10),
                    random.nextInt(60));
            try {
                Long done = recordEncounter(random, p, cards.get(p.id()), sites, arrival);
                if (done != null) {
                    finished.add(done);
                }
                created++;
            } catch (RuntimeException e) {
                throw new IllegalStateException("Demo encounter " + i + " could not be recorded", e);
            }
        }
        DemoSettlement.Outcome settled = settlement.settle(finished, random);
        LOG.info("Demo province {} loaded: {} facilities, {} patients, {} encounters ({} settled) in {} ms", PROVINCE,
                sites.size(), patients.size(), created, settled.settled(), (System.nanoTime() - started) / 1_000_000);
    }

    private List<Site> createSites(List<AdminUnitRow> communes) {
        LocalDate since = LocalDate.of(2020, 1, 1);
        List<Site> sites = new ArrayList<>();
        Facility province = facility("Bệnh viện Hữu nghị Đa khoa Nghệ An", RouteLevel.PROVINCIAL, CareLevel.SPECIALISED,
                null, null, "40001", since, "I", "17302");
        sites.add(site(province, "40001", since, true));
        Facility dienChau = facility("Trung tâm Y tế huyện Diễn Châu", RouteLevel.DISTRICT, CareLevel.BASIC, 62, province,
                "40017", since, "II", "17389");
        sites.add(site(dienChau, "40017", since, true));
        Facility nghiLoc = facility("Trung tâm Y tế huyện Nghi Lộc", RouteLevel.DISTRICT, CareLevel.BASIC, 45, province,
                "40021", since, "III", "17935");
        sites.add(site(nghiLoc, "40021", since, true));
        int n = 0;
        for (String district : List.of("425", "429")) {
            Facility parent = district.equals("425") ? dienChau : nghiLoc;
            List<AdminUnitRow> xa = communes.stream().filter(c -> c.districtCode().equals(district)
                    && c.communeLevel().equals("Xã")).limit(3).toList();
            for (AdminUnitRow c : xa) {
                String code = String.format("40%03d", 101 + n++);
                Facility station = facility("Trạm Y tế " + c.communeName(), RouteLevel.COMMUNE, CareLevel.PRIMARY,
                        null, parent, code, since, null, c.communeCode());
                sites.add(site(station, code, since, false));
            }
        }
        return sites;
    }

    private Facility facility(String name, RouteLevel route, CareLevel care, Integer points, Facility parent,
                              String code, LocalDate since, String hospitalClass, String commune) {
        Facility f = new Facility(name, route, care, points, false, PROVINCE, parent);
        f.assignCode(code, since);
        f.describe(hospitalClass, commune, name + ", Nghệ An", "4012345678");
        f.markDemoData();
        return facilities.save(f);
    }

    private Site site(Facility f, String code, LocalDate since, boolean hospital) {
        List<Department> deps = new ArrayList<>();
        deps.add(departments.save(new Department(f, "K01", "Khoa Khám bệnh", false)));
        if (hospital) {
            deps.add(departments.save(new Department(f, "K02", "Khoa Hồi sức cấp cứu", true)));
            deps.add(departments.save(new Department(f, "K03", "Khoa Nội tổng hợp", true)));
            deps.add(departments.save(new Department(f, "K26", "Khoa Ngoại tổng hợp", true)));
        }
        List<Practitioner> staff = new ArrayList<>();
        int count = hospital ? 6 : 2;
        for (int i = 0; i < count; i++) {
            String name = (i % 2 == 0 ? "BS. " : "YS. ") + FAMILY[(int) ((f.id() * 7 + i) % FAMILY.length)] + " "
                    + (i % 2 == 0 ? "Văn " + GIVEN_M[i % GIVEN_M.length] : "Thị " + GIVEN_F[i % GIVEN_F.length]);
            staff.add(practitioners.save(new Practitioner(f, name, String.format("%06d/NA-CCHN", f.id() * 100 + i),
                    i % 2 == 0 ? "Bác sĩ" : "Y sĩ", deps.get(i % deps.size()))));
        }
        List<CatalogItem> items = catalog.saveAll(DemoCatalogue.itemsFor(f, since));
        return new Site(f, code, deps, staff, items);
    }

    private Patient registerPatient(Random r, List<AdminUnitRow> home, int i) {
        boolean male = r.nextBoolean();
        String name = FAMILY[r.nextInt(FAMILY.length)] + " " + (male ? MIDDLE_M[r.nextInt(MIDDLE_M.length)]
                : MIDDLE_F[r.nextInt(MIDDLE_F.length)]) + " " + (male ? GIVEN_M[r.nextInt(GIVEN_M.length)]
                : GIVEN_F[r.nextInt(GIVEN_F.length)]);
        int age = i % 10 == 0 ? r.nextInt(6) : 6 + r.nextInt(80);
        LocalDate birth = time.today().minusYears(age).minusDays(r.nextInt(365));
        BirthDate birthDate = i % 37 == 0 ? BirthDate.yearOnly(birth.getYear()) : BirthDate.of(birth);
        AdminUnitRow c = home.get(r.nextInt(home.size()));
        String cccd = age >= 14 ? String.format("040%d%02d%06d", male ? 0 : 1, birth.getYear() % 100, 100000 + i) : null;
        return registry.register(new PatientDetails(name, birthDate, male ? Gender.MALE : Gender.FEMALE,
                i % 23 == 0 ? "02" : "01", "000", age >= 18 && age < 60 ? "00001" : "00000",
                "Xóm " + (1 + r.nextInt(12)) + ", " + c.communeName() + ", " + c.districtName() + ", Nghệ An",
                PROVINCE, c.districtCode(), c.communeCode(), cccd, age >= 14 ? "09" + (10000000 + r.nextInt(89999999)) : null,
                null));
    }

    private List<InsuranceCard> addCards(Random r, Patient p, List<Site> sites, int i) {
        int age = time.today().getYear() - p.birthDate().year();
        int digit = age < 6 ? 1 : age >= 60 && r.nextInt(3) == 0 ? 3 : new int[] {2, 4, 4, 4, 4, 2, 5, 4}[r.nextInt(8)];
        String[] groups = GROUPS.get(digit);
        String group = age < 6 ? "TE" : groups[r.nextInt(groups.length)];
        String registered = i % 9 == 0 ? "38001" : sites.get(3 + r.nextInt(6)).code(); // some registered in Thanh Hóa
        if (i % 7 == 0) {
            registered = sites.get(1 + r.nextInt(2)).code();
        }
        String socialNo = String.format("40%08d", 1000000 + p.id());
        String province = digit == 5 ? "97" : PROVINCE;
        LocalDate from = LocalDate.of(time.today().getYear(), 1, 1);
        List<InsuranceCard> cards = new ArrayList<>();
        if (i % 15 == 0) {
            // an expired card of last year only
            cards.add(registry.addCard(p.id(), new CardDetails(new CardNumber(group + digit + province + socialNo),
                    from.minusYears(1), from.minusDays(1), registered, null, null, null)));
            return cards;
        }
        LocalDate fiveYears = r.nextInt(4) == 0 ? from.minusYears(2) : null;
        cards.add(registry.addCard(p.id(), new CardDetails(new CardNumber(group + digit + province + socialNo), from,
                from.plusYears(1).minusDays(1), registered, r.nextInt(20) == 0 ? "K2" : null, fiveYears, null)));
        return cards;
    }

    /** Records one encounter; returns its id when it was finished, {@code null} while it stays open. */
    private Long recordEncounter(Random r, Patient p, List<InsuranceCard> cards, List<Site> sites,
                                 LocalDateTime arrival) {
        int kind = r.nextInt(100);
        Site site;
        String type;
        boolean emergency = false;
        String referralFrom = null;
        if (kind < 45) {
            site = sites.get(3 + r.nextInt(6));
            type = "01";
        } else if (kind < 70) {
            site = sites.get(1 + r.nextInt(2));
            type = "01";
        } else if (kind < 78) {
            site = sites.get(r.nextInt(3));
            type = "03";
        } else if (kind < 84) {
            site = sites.get(r.nextInt(3));
            type = "01";
            emergency = true;
        } else if (kind < 92) {
            site = sites.get(0);
            type = r.nextBoolean() ? "01" : "03";
            referralFrom = sites.get(1 + r.nextInt(2)).code();
        } else {
            site = sites.get(1 + r.nextInt(2));
            type = "05";
        }
        String[] dx = DIAGNOSES[type.equals("05") ? 7 + r.nextInt(4) : r.nextInt(DIAGNOSES.length)];
        List<Long> cardIds = cards.stream().filter(c -> c.isValidOn(arrival.toLocalDate())).map(InsuranceCard::id)
                .toList();
        Department reception = site.departments().get(emergency && site.departments().size() > 1 ? 1 : 0);
        // the demo's one deliberate mistake (README "Demo province"): a patient whose only card has expired is, half
        // the time, recorded with it anyway; the assessment holds those claims (CARD_NOT_VALID_AT_ADMISSION)
        Encounter e = encounters.open(p.id(), site.facility().id(), cardIds.isEmpty() && r.nextBoolean()
                        ? cards.stream().map(InsuranceCard::id).toList() : cardIds,
                new EncounterOpening(type.equals("03") ? "01" : type, arrival, dx[1], emergency,
                        referralFrom == null ? null : "GCT-" + (1000 + r.nextInt(9000)), referralFrom, false,
                        emergency && r.nextBoolean() ? "1" : null, reception.code(), new BigDecimal(8 + r.nextInt(70))));
        String cchn = site.staff().get(0).certificateNo();
        LocalDateTime t = arrival.plusMinutes(5);
        encounters.addLine(e.id(), line(pick(r, site.ofGroup(13)), BigDecimal.ONE, t, reception.code(), cchn));
        LocalDateTime discharge = arrival.plusHours(1 + r.nextInt(3));
        if (type.equals("03")) {
            Department ward = site.departments().get(2 + r.nextInt(2));
            LocalDateTime admitted = arrival.plusHours(1);
            encounters.orderAdmission(e.id(), admitted, dx[1] + " cần điều trị nội trú", null, "03");
            int days = 2 + r.nextInt(8);
            discharge = admitted.plusDays(days).withHour(9);
            for (int d = 0; d < days; d++) {
                LocalDateTime day = d == 0 ? admitted.plusMinutes(20) : admitted.plusDays(d).withHour(8).withMinute(0);
                encounters.addLine(e.id(), line(pick(r, site.ofGroup(15)), BigDecimal.ONE, day, ward.code(), cchn));
                encounters.addLine(e.id(), line(pick(r, site.ofGroup(4)), BigDecimal.valueOf(2 + r.nextInt(3)),
                        day.plusMinutes(30), ward.code(), cchn));
            }
            encounters.addLine(e.id(), line(pick(r, site.ofGroup(1)), BigDecimal.ONE, admitted.plusMinutes(30),
                    ward.code(), cchn));
            if (dx[0].startsWith("K35") || dx[0].startsWith("S52")) {
                encounters.addLine(e.id(), line(pick(r, site.ofGroup(8)), BigDecimal.ONE, admitted.plusHours(3),
                        ward.code(), cchn));
                encounters.addLine(e.id(), line(pick(r, site.ofGroup(10)), BigDecimal.valueOf(2), admitted.plusHours(3),
                        ward.code(), cchn));
            }
        } else {
            int extra = type.equals("05") ? 1 : r.nextInt(5);
            for (int k = 0; k < extra; k++) {
                List<CatalogItem> pool = site.ofGroup(k % 2 == 0 ? new int[] {4, 6} : new int[] {1, 2, 3});
                BigDecimal qty = k % 2 == 0 ? BigDecimal.valueOf(type.equals("05") ? 30 : 5 + r.nextInt(16))
                        : BigDecimal.ONE;
                encounters.addLine(e.id(), line(pick(r, pool), qty, t.plusMinutes(10L * (k + 1)), reception.code(), cchn));
            }
        }
        encounters.recordDiagnosis(e.id(), new Diagnosis(dx[1], dx[1], dx[0], List.of(), null, null));
        if (r.nextInt(20) == 0) {
            return null; // still open: the patient is still being seen
        }
        boolean transfer = referralFrom == null && site.facility().routeLevel() == RouteLevel.COMMUNE && r.nextInt(15) == 0;
        boolean surgery = type.equals("03") && (dx[0].startsWith("K35") || dx[0].startsWith("S52"));
        // PP_DIEU_TRI (XML1) and PP_DIEUTRI (XML7, required): what was done for the patient (TT 18/2022)
        String method = surgery ? "Phẫu thuật, kháng sinh dự phòng, giảm đau, chăm sóc sau mổ"
                : type.equals("03") ? "Điều trị nội khoa: thuốc theo y lệnh, theo dõi dấu hiệu sinh tồn"
                : type.equals("05") ? "Điều trị ngoại trú bệnh mạn tính, cấp thuốc theo đơn"
                : transfer ? "Xử trí ban đầu, chuyển tuyến trên" : "Khám, kê đơn điều trị ngoại trú";
        encounters.finish(e.id(), new Discharge(discharge, transfer ? 2 : 1, transfer ? 2 : 1,
                transfer ? sites.get(1).code() : null, method, "Tái khám khi có bất thường", null));
        recordPapers(e.id(), type, dx, method, surgery, transfer, discharge, cchn);
        return e.id();
    }

    /**
     * The discharge papers a clinician writes at the end (XML8, XML13, XML14): every inpatient stay gets its record
     * summary, every transfer its referral letter, chronic-disease visits and operated patients a re-visit
     * appointment. Derived from the encounter id, so the demo's random sequence is unchanged.
     */
    private void recordPapers(Long id, String type, String[] dx, String method, boolean surgery, boolean transfer,
                              LocalDateTime discharge, String cchn) {
        if (type.equals("03")) {
            encounters.recordSummary(id, new RecordSummary(
                    dx[1] + ": khởi phát " + (2 + id % 5) + " ngày trước khi vào viện, điều trị ổn định, ra viện",
                    surgery ? "Công thức máu: bạch cầu tăng; siêu âm/X-quang phù hợp chẩn đoán"
                            : "Công thức máu, sinh hóa máu trong giới hạn bình thường",
                    method, null, null, null, null, null, null, null, null, discharge.toLocalDate()));
        }
        if (transfer) {
            encounters.recordReferral(id, new Referral("HS-" + id, String.valueOf(id % 500 + 1), "GCT-" + id,
                    "Mạch " + (90 + id % 20) + " lần/phút, nhiệt độ 38,5 độ", dx[1] + " điều trị tại trạm không đỡ",
                    null, "Tỉnh, tiếp xúc tốt, dấu hiệu sinh tồn ổn định", 2,
                    "Khám chuyên khoa, điều trị tại tuyến huyện", "Xe cứu thương", null, null, cchn));
        }
        if (type.equals("05") || surgery) {
            LocalDateTime revisit = discharge.toLocalDate().plusDays(type.equals("05") ? 30 : 14).atTime(8, 0);
            encounters.recordRevisit(id, new RevisitBooking("GH-" + id, revisit, cchn, discharge.toLocalDate()));
        }
    }

    private static CatalogItem pick(Random r, List<CatalogItem> pool) {
        return pool.get(r.nextInt(pool.size()));
    }

    /** An order line from a catalogue item, priced at the catalogue prices of the item. */
    public static OrderLineDraft line(CatalogItem item, BigDecimal quantity, LocalDateTime at, String department, String cchn) {
        boolean drug = item.kind() == OrderKind.DRUG;
        String code = drug ? item.activeIngredient() : item.code();
        return new OrderLineDraft(item.kind(), code, item.name(), item.kind() == OrderKind.SUPPLY ? null : code,
                item.kind() == OrderKind.SUPPLY ? item.code() : null, item.costGroup(), item.unit(), quantity,
                item.hospitalPrice(), item.insurancePrice(), item.scope(), item.insuranceRatio(), 100, null, at,
                at, item.costGroup() <= 3 || item.costGroup() == 8 || item.costGroup() == 18 ? at.plusMinutes(30) : null,
                department, cchn, item.costGroup() <= 3 || item.costGroup() == 8 || item.costGroup() == 18 ? cchn : null,
                null, null, item.kind() == OrderKind.BED ? "H001" : null, 1, drug ? 1 : null, item.strength(),
                item.routeCode(), item.dosageForm(), drug ? "1 viên/lần * 2 lần/ngày" : null, null,
                item.registrationNo(), item.tenderInfo(), item.costGroup() == 12 ? "E922V1" : null,
                item.costGroup() == 8 ? 1 : null, null, OtherFunding.NONE);
    }
}
