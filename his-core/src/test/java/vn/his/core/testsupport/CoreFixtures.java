package vn.his.core.testsupport;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.common.ClinicalTime;
import vn.his.core.card.CardDetails;
import vn.his.core.card.CardNumber;
import vn.his.core.card.InsuranceCard;
import vn.his.core.facility.CareLevel;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.RouteLevel;
import vn.his.core.patient.BirthDate;
import vn.his.core.patient.Gender;
import vn.his.core.patient.Patient;
import vn.his.core.patient.PatientDetails;
import vn.his.core.patient.PatientRegistry;

/** Small, explicit data for database tests of every module. */
@Component
public class CoreFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger(100);

    private final FacilityRepository facilities;
    private final PatientRegistry registry;
    private final JdbcTemplate jdbc;

    public CoreFixtures(FacilityRepository facilities, PatientRegistry registry, JdbcTemplate jdbc) {
        this.facilities = facilities;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /** A district hospital with a fresh 5-digit code starting with the province code 40. */
    @Transactional
    public Facility districtHospital() {
        Facility f = new Facility("Bệnh viện đa khoa huyện thử " + COUNTER.incrementAndGet(), RouteLevel.DISTRICT,
                CareLevel.BASIC, 45, false, "40", null);
        f.assignCode(FreshFacilityCodes.of("40", facilities), LocalDate.of(2020, 1, 1));
        return facilities.save(f);
    }

    public Patient patient(String name, String cccd) {
        return registry.register(new PatientDetails(name, BirthDate.of(LocalDate.of(1970, 5, 17)), Gender.FEMALE, "01",
                "000", "00000", "Xóm 2, xã Nghi Phong, Nghệ An", "40", null, "17605", cccd, null, null));
    }

    /**
     * The end of validity of the test cards used for encounters recorded "now": 31/12 of next year, so that tests
     * recording today's encounters do not start failing when the calendar passes a fixed date.
     */
    public static final LocalDate CARD_VALID_TO = LocalDate.now(ClinicalTime.VIETNAM).plusYears(1)
            .withMonth(12).withDayOfMonth(31);

    public InsuranceCard card(Patient p, String number, String registeredFacility) {
        return registry.addCard(p.id(), new CardDetails(new CardNumber(number), LocalDate.of(2026, 1, 1),
                CARD_VALID_TO, registeredFacility, null, null, null));
    }

    /** A handful of ICD-10 codes, enough for tests that do not load the whole catalogue. */
    public void icd10(String... codes) {
        for (String code : codes) {
            Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM icd10_code WHERE code = ?", Integer.class, code);
            if (n == 0) {
                jdbc.update("INSERT INTO icd10_code (catalogue, code, name_vi, valid_from) VALUES ('TEST', ?, ?, ?)",
                        code, "Bệnh thử " + code, LocalDate.of(2000, 1, 1));
            }
        }
    }
}
