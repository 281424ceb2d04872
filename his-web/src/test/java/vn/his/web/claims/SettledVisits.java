package vn.his.web.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.settlement.Payment;
import vn.his.billing.settlement.PaymentMethod;
import vn.his.billing.settlement.SettledEncounter;
import vn.his.billing.settlement.SettlementService;
import vn.his.core.card.CardDetails;
import vn.his.core.card.CardNumber;
import vn.his.core.card.InsuranceCard;
import vn.his.core.catalog.CatalogItem;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.encounter.Diagnosis;
import vn.his.core.encounter.Discharge;
import vn.his.core.encounter.EncounterOpening;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.encounter.OtherFunding;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.patient.BirthDate;
import vn.his.core.patient.Gender;
import vn.his.core.patient.Patient;
import vn.his.core.patient.PatientDetails;
import vn.his.core.patient.PatientRegistry;
import vn.his.core.testsupport.CoreFixtures;

/**
 * Settled outpatient visits for the web tests, recorded through EncounterService and settled through billing's
 * {@link SettlementService} (priced by the real engine with the rules of the database, the version frozen in the
 * ledger, EncounterSettled published to the claim listener and the outbox, in one transaction). A visit "with an unapproved test" orders a lab test missing from the facility's
 * catalogue, so its claim is held.
 */
@Component
public class SettledVisits {

    static final String CCHN = "000123/NA-CCHN";
    private static final AtomicInteger CCCD = new AtomicInteger(500);

    private final EncounterService encounters;
    private final CoreFixtures fixtures;
    private final FacilityRepository facilities;
    private final PatientRegistry registry;
    private final CatalogItemRepository items;
    private final SettlementService settlement;
    private final TransactionTemplate tx;

    public SettledVisits(EncounterService encounters, CoreFixtures fixtures, FacilityRepository facilities,
                         PatientRegistry registry, CatalogItemRepository items, SettlementService settlement,
                         TransactionTemplate tx) {
        this.encounters = encounters;
        this.fixtures = fixtures;
        this.facilities = facilities;
        this.registry = registry;
        this.items = items;
        this.settlement = settlement;
        this.tx = tx;
    }

    public Facility facility() {
        Facility created = fixtures.districtHospital();
        fixtures.icd10("J02.9");
        return tx.execute(s -> {
            Facility f = facilities.findById(created.id()).orElseThrow();
            f.describe(null, "17605", "Diễn Châu, Nghệ An", "0112345678");
            LocalDate from = LocalDate.of(2020, 1, 1);
            items.save(new CatalogItem(f, OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần", new BigDecimal("45300"),
                    new BigDecimal("45300"), 100, 1, from));
            items.save(new CatalogItem(f, OrderKind.DRUG, "40.48", "Paracetamol 500mg", 4, "Viên",
                    new BigDecimal("350"), new BigDecimal("350"), 100, 1, from)
                    .drug("40.48", "500mg", "1.01", "Viên nén", "VD-30000-18", "1234/QĐ-SYT;G1;N1;2025"));
            return f;
        });
    }

    public String code(Facility f) {
        return f.codeOn(LocalDate.of(2026, 11, 1)).orElseThrow();
    }

    /** Records and settles (paid 3 hours after arrival) a visit; returns its MA_LK. */
    public String settledVisit(Facility f, String name, LocalDateTime arrival, boolean withUnapprovedTest) {
        String cccd = String.format("0401700%05d", CCCD.incrementAndGet());
        Patient p = registry.register(new PatientDetails(name, BirthDate.of(LocalDate.of(1980, 3, 2)), Gender.MALE,
                "01", "000", "00000", "Xóm 1, xã Diễn Hoa, Nghệ An", "40", "415", "17605", cccd, null, null));
        InsuranceCard card = registry.addCard(p.id(), new CardDetails(new CardNumber("HT340" + cccd.substring(2)),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), code(f), null, null, null));
        long id = encounters.open(p.id(), f.id(), List.of(card.id()), new EncounterOpening("01", arrival,
                "Sốt, đau họng", false, null, null, false, null, "K01", new BigDecimal("60"))).id();
        encounters.addLine(id, line(OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần", "1", "45300",
                arrival.plusMinutes(10)));
        if (withUnapprovedTest) {
            encounters.addLine(id, line(OrderKind.SERVICE, "22.0120.1370", "Tổng phân tích tế bào máu", 1, "Lần", "1",
                    "46200", arrival.plusMinutes(20)));
        }
        encounters.addLine(id, new OrderLineDraft(OrderKind.DRUG, "40.48", "Paracetamol 500mg", null, null, 4, "Viên",
                new BigDecimal("10"), new BigDecimal("350"), new BigDecimal("350"), 1, 100, 100, null,
                arrival.plusMinutes(40), arrival.plusMinutes(40), null, "K01", CCHN, null, null, null, null, 1, 1,
                "500mg", "1.01", "Viên nén", "1 viên/lần * 2 lần/ngày", null, "VD-30000-18", "1234/QĐ-SYT;G1;N1;2025",
                null, null, null, OtherFunding.NONE));
        encounters.recordDiagnosis(id, new Diagnosis("Đau họng", "Viêm họng cấp", "J02.9", List.of(), null, null));
        encounters.finish(id, new Discharge(arrival.plusHours(1), 1, 1, null, null, null, null));
        // settled by billing itself: frozen version, EncounterSettled → claim snapshot → outbox, one transaction
        BigDecimal due = due(settlement.preview(id, Optional.empty()));
        SettledEncounter settled = settlement.settle(id, Optional.empty(), "thu.ngan", Optional.of(
                new Payment(PaymentMethod.CASH, arrival.plusHours(3), due, null)));
        return settled.maLk();
    }

    static BigDecimal due(PricedEncounter priced) {
        return priced.totals().tBncct().add(priced.totals().tBntt());
    }

    private static OrderLineDraft line(OrderKind kind, String code, String name, int group, String unit, String qty,
                                       String price, LocalDateTime at) {
        boolean performed = group <= 3;
        return new OrderLineDraft(kind, code, name, code, null, group, unit, new BigDecimal(qty), new BigDecimal(price),
                new BigDecimal(price), 1, 100, 100, null, at, performed ? at.plusMinutes(5) : null,
                performed ? at.plusMinutes(40) : null, "K01", CCHN, performed ? CCHN : null, null, null, null, 1, null,
                null, null, null, null, null, null, null, null, null, null, OtherFunding.NONE);
    }
}
