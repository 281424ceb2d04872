package vn.his.web.testsupport;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.core.card.InsuranceCard;
import vn.his.core.catalog.CatalogItem;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.common.ClinicalTime;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterOpening;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.OrderKind;
import vn.his.core.facility.CareLevel;
import vn.his.core.facility.Department;
import vn.his.core.facility.DepartmentRepository;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.Practitioner;
import vn.his.core.facility.PractitionerRepository;
import vn.his.core.facility.RouteLevel;
import vn.his.core.patient.Patient;
import vn.his.core.testsupport.CoreFixtures;
import vn.his.core.testsupport.FreshFacilityCodes;
import vn.his.web.security.HisUser;
import vn.his.web.security.HisUserRepository;
import vn.his.web.security.Role;

/**
 * A small world for the API, security and FHIR tests, made once per Spring context: facilities A and B in province
 * 40 and C in province 38, each with a department K01, a practitioner and a small catalogue; one user per role; one
 * patient with a card and one open encounter at each facility.
 */
@Component
@ConditionalOnWebApplication // the export command's context (also scanned in tests) has no password encoder
public class WebFixtures {

    public static final String PASSWORD = "test-password-1";
    private static final AtomicInteger CODES = new AtomicInteger(900);

    private final FacilityRepository facilities;
    private final DepartmentRepository departments;
    private final PractitionerRepository practitioners;
    private final CatalogItemRepository catalogue;
    private final HisUserRepository users;
    private final PasswordEncoder encoder;
    private final EncounterService encounters;
    private final CoreFixtures core;
    private final TransactionTemplate tx;
    private final ClinicalTime time;
    private World world;

    public WebFixtures(FacilityRepository facilities, DepartmentRepository departments,
                       PractitionerRepository practitioners, CatalogItemRepository catalogue, HisUserRepository users,
                       PasswordEncoder encoder, EncounterService encounters, CoreFixtures core, TransactionTemplate tx,
                       ClinicalTime time) {
        this.facilities = facilities;
        this.departments = departments;
        this.practitioners = practitioners;
        this.catalogue = catalogue;
        this.users = users;
        this.encoder = encoder;
        this.encounters = encounters;
        this.core = core;
        this.tx = tx;
        this.time = time;
    }

    /** Facility ids, codes, CCHN and encounter ids of the world. */
    public record Site(Long facilityId, String code, String cchn, Long encounterId) {
    }

    public record World(Site a, Site b, Site c, Long patientId, Long cardId, String cardNumber) {
    }

    public synchronized World world() {
        if (world == null) {
            world = tx.execute(s -> build());
        }
        return world;
    }

    private World build() {
        core.icd10("J02.9", "I10", "E11.9", "J06.9");
        Facility a = facility("Bệnh viện huyện A", "40");
        Facility b = facility("Bệnh viện huyện B", "40");
        Facility c = facility("Bệnh viện huyện C", "38");
        String hash = encoder.encode(PASSWORD);
        user("staff-a", hash, a, Role.COMMUNE_STAFF);
        user("clinician-a", hash, a, Role.CLINICIAN);
        user("clerk-a", hash, a, Role.BILLING_CLERK);
        user("clerk-b", hash, b, Role.BILLING_CLERK);
        user("officer-40", hash, a, Role.INSURANCE_OFFICER);
        user("officer-38", hash, c, Role.INSURANCE_OFFICER);
        user("admin", hash, null, Role.ADMIN);
        Patient p = core.patient("Nguyễn Thị Thử", null);
        String number = "HT340" + String.format("%010d", 4000000000L + CODES.incrementAndGet());
        InsuranceCard card = core.card(p, number, code(a));
        return new World(site(a, p, card), site(b, p, card), site(c, p, card), p.id(), card.id(), number);
    }

    private Facility facility(String name, String province) {
        Facility f = new Facility(name + " " + CODES.incrementAndGet(), RouteLevel.DISTRICT, CareLevel.BASIC, 45,
                false, province, null);
        f.assignCode(FreshFacilityCodes.of(province, facilities), LocalDate.of(2020, 1, 1));
        f = facilities.save(f);
        Department k01 = departments.save(new Department(f, "K01", "Khoa Khám bệnh", false));
        practitioners.save(new Practitioner(f, "Bác sĩ " + name, "CCHN-" + f.id(), "Bác sĩ", k01));
        LocalDate from = LocalDate.of(2020, 1, 1);
        catalogue.save(new CatalogItem(f, OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần",
                new BigDecimal("34500"), new BigDecimal("34500"), 100, 1, from));
        catalogue.save(new CatalogItem(f, OrderKind.DRUG, "40.17#VD-12345-10", "Paracetamol 500mg", 4, "Viên",
                new BigDecimal("1200"), new BigDecimal("1200"), 100, 1, from)
                .drug("40.17", "500mg", "1.01", "Viên nén", "VD-12345-10", "G1;N4;2025;QĐ 12/QĐ-SYT"));
        return f;
    }

    private Site site(Facility f, Patient p, InsuranceCard card) {
        LocalDateTime arrival = time.now().minusHours(2);
        Encounter e = encounters.open(p.id(), f.id(), f.provinceCode().equals("40") ? List.of(card.id()) : List.of(),
                new EncounterOpening("01", arrival, "Sốt, ho", false, null, null, false, null, "K01", null));
        return new Site(f.id(), code(f), "CCHN-" + f.id(), e.id());
    }

    private String code(Facility f) {
        return f.codeOn(time.today()).orElseThrow();
    }

    private void user(String name, String hash, Facility f, Role role) {
        users.save(new HisUser(name, hash, name, f, EnumSet.of(role), time.now()));
    }
}
