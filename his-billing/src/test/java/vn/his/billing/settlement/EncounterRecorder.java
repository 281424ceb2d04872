package vn.his.billing.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

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
import vn.his.core.facility.Facility;
import vn.his.core.patient.Patient;
import vn.his.core.patient.PatientRegistry;
import vn.his.core.testsupport.CoreFixtures;

/** Records encounters through core's {@link EncounterService}, as the clinic does, for billing's database tests. */
@Component
public class EncounterRecorder {

    public static final LocalDateTime ARRIVAL = LocalDateTime.of(2026, 11, 20, 7, 30);
    private static final AtomicLong CITIZEN = new AtomicLong();

    private final EncounterService encounters;
    private final CoreFixtures fixtures;
    private final PatientRegistry registry;

    public EncounterRecorder(EncounterService encounters, CoreFixtures fixtures, PatientRegistry registry) {
        this.encounters = encounters;
        this.fixtures = fixtures;
        this.registry = registry;
        fixtures.icd10("J02.9", "I10");
    }

    /** A patient with a fresh 12-digit citizen id. */
    public Patient patient() {
        return fixtures.patient("Phan Văn Đức", String.format("04017%07d", CITIZEN.incrementAndGet() % 10_000_000L));
    }

    /** A card {@code group}{@code digit} of the patient for 2026, registered at {@code registered}. */
    public InsuranceCard card(Patient p, String groupAndDigit, String registered, LocalDate fiveYears) {
        String social = String.format("40%08d", p.id() % 100_000_000L);
        return registry.addCard(p.id(), new CardDetails(new CardNumber(groupAndDigit + social.substring(0, 2)
                + social), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), registered, null, fiveYears, null));
    }

    public Facility hospital() {
        return fixtures.districtHospital();
    }

    public static String code(Facility f) {
        return f.codeOn(ARRIVAL.toLocalDate()).orElseThrow();
    }

    public Encounter open(Patient p, Facility f, List<InsuranceCard> cards, LocalDateTime arrival) {
        return encounters.open(p.id(), f.id(), cards.stream().map(InsuranceCard::id).toList(),
                new EncounterOpening("01", arrival, "Đau họng", false, null, null, false, null, "K01", null));
    }

    public void exam(Encounter e, LocalDateTime at, String price) {
        encounters.addLine(e.id(), OrderLineDraft.simple(OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần",
                BigDecimal.ONE, new BigDecimal(price), at, "K01", "000123/NA-CCHN"));
    }

    public void drug(Encounter e, LocalDateTime at, String quantity, String price) {
        encounters.addLine(e.id(), OrderLineDraft.simple(OrderKind.DRUG, "40.17", "Amoxicilin 500mg", 4, "Viên",
                new BigDecimal(quantity), new BigDecimal(price), at, "K01", "000123/NA-CCHN"));
    }

    /** A line with any prices, ratios and other-source money. */
    public void line(Encounter e, OrderKind kind, int group, LocalDateTime at, BigDecimal quantity,
                     BigDecimal hospitalPrice, BigDecimal fundPrice, int scope, int fundRatio, int serviceRatio,
                     OtherFunding other) {
        String code = kind.name().substring(0, 2) + "." + group;
        encounters.addLine(e.id(), new OrderLineDraft(kind, code, "Mục " + code, kind == OrderKind.SUPPLY ? null : code,
                kind == OrderKind.SUPPLY ? code : null, group, "Lần", quantity, hospitalPrice, fundPrice, scope,
                fundRatio, kind.isDrugTable() ? 100 : serviceRatio, null, at, null, null, "K01", "000123/NA-CCHN",
                null, null, null, null, 1, kind.isDrugTable() ? 1 : null, null, null, null, null, null, null, null,
                null, null, null, other));
    }

    public void finish(Encounter e, LocalDateTime discharge) {
        encounters.recordDiagnosis(e.id(), new Diagnosis("Đau họng", "Viêm họng cấp", "J02.9", List.of(), null, null));
        encounters.finish(e.id(), new Discharge(discharge, 1, 1, null, null, null, null));
    }

    /** A finished outpatient visit at {@code f}: an exam and a drug, 420,450 đồng (above 15% of the base salary). */
    public Encounter finishedVisit(Patient p, Facility f, InsuranceCard card) {
        Encounter e = open(p, f, card == null ? List.of() : List.of(card), ARRIVAL);
        exam(e, ARRIVAL.plusMinutes(5), "45300");
        drug(e, ARRIVAL.plusMinutes(20), "300", "1250.5");
        finish(e, ARRIVAL.plusHours(1));
        return e;
    }
}
