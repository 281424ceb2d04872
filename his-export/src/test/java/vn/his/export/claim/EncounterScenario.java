package vn.his.export.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.billing.settlement.EncounterSettled;
import vn.his.billing.settlement.PaymentRecorded;
import vn.his.billing.settlement.SettledEncounter;
import vn.his.claimtests.InMemorySettlementLedger;
import vn.his.core.card.CardDetails;
import vn.his.core.card.CardNumber;
import vn.his.core.card.InsuranceCard;
import vn.his.core.catalog.CatalogItem;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.encounter.ClinicalNoteDraft;
import vn.his.core.encounter.Diagnosis;
import vn.his.core.encounter.Discharge;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterOpening;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.encounter.ParaclinicalResultDraft;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.patient.BirthDate;
import vn.his.core.patient.Gender;
import vn.his.core.patient.Patient;
import vn.his.core.patient.PatientDetails;
import vn.his.core.patient.PatientRegistry;
import vn.his.core.testsupport.CoreFixtures;

/**
 * Records encounters through core's EncounterService and settles them as billing will: inside one transaction the
 * encounter is marked settled, the priced version is put in the (test) ledger and EncounterSettled is published.
 */
@Component
public class EncounterScenario {

    private static final AtomicInteger CCCD = new AtomicInteger(100);

    private final EncounterService encounters;
    private final CoreFixtures fixtures;
    private final FacilityRepository facilities;
    private final PatientRegistry registry;
    private final CatalogItemRepository items;
    private final InMemorySettlementLedger ledger;
    private final ApplicationEventPublisher events;
    private final ClaimService claims;
    private final TransactionTemplate tx;

    public EncounterScenario(EncounterService encounters, CoreFixtures fixtures, FacilityRepository facilities,
                             PatientRegistry registry, CatalogItemRepository items, InMemorySettlementLedger ledger,
                             ApplicationEventPublisher events, ClaimService claims, TransactionTemplate tx) {
        this.encounters = encounters;
        this.fixtures = fixtures;
        this.facilities = facilities;
        this.registry = registry;
        this.items = items;
        this.ledger = ledger;
        this.events = events;
        this.claims = claims;
        this.tx = tx;
    }

    /** A district hospital with its head's social-insurance number and an approved catalogue (without the lab test). */
    public Facility facility() {
        Facility created = fixtures.districtHospital();
        fixtures.icd10("J02.9", "R50.9", "J18.9");
        return tx.execute(s -> {
            Facility f = facilities.findById(created.id()).orElseThrow();
            f.describe(null, "17605", "Diễn Châu, Nghệ An", "0112345678");
            LocalDate from = LocalDate.of(2020, 1, 1);
            items.save(new CatalogItem(f, OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần", new BigDecimal("45300"),
                    new BigDecimal("45300"), 100, 1, from));
            items.save(new CatalogItem(f, OrderKind.DRUG, "40.48", "Paracetamol 500mg", 4, "Viên",
                    new BigDecimal("350"), new BigDecimal("350"), 100, 1, from)
                    .drug("40.48", "500mg", "1.01", "Viên nén", "VD-30000-18", "1234/QĐ-SYT;G1;N1;2025"));
            items.save(new CatalogItem(f, OrderKind.SUPPLY, "N03.03.010.0079.292.0001", "Bơm tiêm nhựa 5ml", 10, "Cái",
                    new BigDecimal("900"), new BigDecimal("900"), 100, 1, from));
            return f;
        });
    }

    /** Adds the lab test to the facility's approved catalogue (the fix of a held claim). */
    public void approveLabTest(Facility f) {
        tx.executeWithoutResult(s -> items.save(new CatalogItem(facilities.findById(f.id()).orElseThrow(),
                OrderKind.SERVICE, "22.0120.1370", "Tổng phân tích tế bào máu", 1, "Lần", new BigDecimal("46200"),
                new BigDecimal("46200"), 100, 1, LocalDate.of(2020, 1, 1))));
    }

    public String code(Facility f) {
        return f.codeOn(ClaimFixtures.ARRIVAL.toLocalDate()).orElseThrow();
    }

    public Patient patient(String name) {
        String cccd = String.format("0401700%05d", CCCD.incrementAndGet());
        return registry.register(new PatientDetails(name, BirthDate.of(LocalDate.of(1970, 5, 17)), Gender.FEMALE,
                "01", "000", "00000", "Xóm 2, xã Diễn Hoa, Nghệ An", "40", "415", "17605", cccd, null, null));
    }

    public InsuranceCard card(Patient p, Facility f, LocalDate from, LocalDate to) {
        String digits = p.citizenId().substring(2);
        return registry.addCard(p.id(), new CardDetails(new CardNumber("HT340" + digits), from, to, code(f), null,
                null, null));
    }

    /** Opens an outpatient visit with a card valid all year; returns the encounter id. */
    public long open(Facility f, Patient p, InsuranceCard card, boolean emergency, LocalDateTime arrival) {
        return encounters.open(p.id(), f.id(), card == null ? List.of() : List.of(card.id()),
                new EncounterOpening("01", arrival, "Sốt, ho 3 ngày", emergency, null, null, false, null, "K01",
                        new BigDecimal("52.5"))).id();
    }

    /** Exam, lab test (with its result), drug and supply, diagnosis, discharge two hours after arrival. */
    public void recordVisit(long id, LocalDateTime arrival, boolean withLab) {
        encounters.addLine(id, ClaimFixtures.exam(arrival.plusMinutes(10)));
        if (withLab) {
            encounters.addLine(id, ClaimFixtures.lab(arrival.plusMinutes(20)));
            encounters.addResult(id, new ParaclinicalResultDraft("22.0120.1370", "22.0120.1370.01", "Bạch cầu (WBC)",
                    "7.5", "G/L", null, "Bình thường", arrival.plusMinutes(70), ClaimFixtures.CCHN));
        }
        encounters.addLine(id, ClaimFixtures.drug(arrival.plusMinutes(90)));
        encounters.addLine(id, ClaimFixtures.supply(arrival.plusMinutes(25)));
        encounters.addNote(id, new ClinicalNoteDraft("Sốt nhẹ", null, null, null, arrival.plusMinutes(15), ClaimFixtures.CCHN));
        encounters.recordDiagnosis(id, new Diagnosis("Theo dõi viêm họng", "Viêm họng cấp", "J02.9", List.of("R50.9"),
                null, null));
        encounters.finish(id, new Discharge(arrival.plusHours(2), 1, 1, null, null, null, null));
    }

    /** An exam, then the inpatient order (MA_LOAI_KCB 03) an hour after arrival, then a bed day in the ward. */
    public void admitWithBedDay(long id, LocalDateTime arrival) {
        encounters.addLine(id, ClaimFixtures.exam(arrival.plusMinutes(10)));
        encounters.orderAdmission(id, arrival.plusHours(1), "Viêm phổi", null, "03");
        encounters.addLine(id, new OrderLineDraft(OrderKind.BED, "K03.1930", "Giường Nội khoa loại 2", "K03.1930",
                null, 15, "Ngày", BigDecimal.ONE, new BigDecimal("180000"), new BigDecimal("180000"), 1, 100, 100,
                null, arrival.plusHours(1).plusMinutes(10), null, null, "K03", ClaimFixtures.CCHN, null, null, null,
                "H001", 1, null, null, null, null, null, null, null, null, null, null, null,
                vn.his.core.encounter.OtherFunding.NONE));
    }

    /**
     * Settles the current revision as billing will: prices it (the real engine), marks the encounter settled, puts
     * the version in the ledger and publishes EncounterSettled, all in one transaction.
     */
    public SettledEncounter settle(long id, int version, String reason, LocalDateTime paidAt) {
        return tx.execute(s -> {
            Encounter e = encounters.get(id);
            ClaimSource source = claims.source(e);
            SettledEncounter settled = ClaimFixtures.settled(source, id, version, reason, paidAt);
            e.markSettled(settled.priced().visitObject().code(), source.dischargeTime().plusMinutes(5));
            ledger.put(settled);
            events.publishEvent(new EncounterSettled(id, e.maLk(), version));
            return settled;
        });
    }

    /** Publishes EncounterSettled again for a version already settled (a duplicate delivery of the event). */
    public void republish(long id, int version) {
        tx.executeWithoutResult(s -> events.publishEvent(new EncounterSettled(id,
                ledger.version(id, version).orElseThrow().maLk(), version)));
    }

    /** Records the payment of a settled version later (discharged unpaid), publishing PaymentRecorded. */
    public void pay(long id, int version, LocalDateTime paidAt) {
        tx.executeWithoutResult(s -> {
            SettledEncounter v = ledger.version(id, version).orElseThrow();
            ledger.put(new SettledEncounter(v.encounterId(), v.maLk(), v.version(), v.reason(), v.settledAt(),
                    v.settledBy(), new vn.his.billing.settlement.Payment(vn.his.billing.settlement.PaymentMethod.CASH,
                    paidAt, v.priced().totals().tBncct().add(v.priced().totals().tBntt()), "PT"), v.priced()));
            events.publishEvent(new PaymentRecorded(id, v.maLk(), version, paidAt));
        });
    }

    /** A correction of a settled encounter: a new revision with one more drug line, finished again. */
    public void correct(long id, LocalDateTime arrival, String reason) {
        encounters.startCorrection(id, reason, "ke.toan");
        encounters.addLine(id, new OrderLineDraft(OrderKind.DRUG, "40.48", "Paracetamol 500mg", null, null, 4, "Viên",
                new BigDecimal("4"), new BigDecimal("350"), new BigDecimal("350"), 1, 100, 100, null,
                arrival.plusMinutes(100), arrival.plusMinutes(100), null, "K01", ClaimFixtures.CCHN, null, null, null,
                null, 1, 1, "500mg", "1.01", "Viên nén", "1 viên khi sốt", null, "VD-30000-18",
                "1234/QĐ-SYT;G1;N1;2025", null, null, null, vn.his.core.encounter.OtherFunding.NONE));
        encounters.finish(id, new Discharge(arrival.plusHours(2), 1, 1, null, null, null, null));
    }
}
