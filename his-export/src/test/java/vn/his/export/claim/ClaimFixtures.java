package vn.his.export.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import vn.his.billing.pricing.CardPeriod;
import vn.his.billing.pricing.ChargeLine;
import vn.his.billing.pricing.CoPaymentStatus;
import vn.his.billing.pricing.EncounterPricer;
import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.pricing.PricingRequest;
import vn.his.billing.pricing.Scope;
import vn.his.billing.rules.CareLevel;
import vn.his.billing.rules.FormerRoute;
import vn.his.billing.rules.JdbcRuleBookLoader;
import vn.his.billing.rules.RuleBook;
import vn.his.billing.settlement.Payment;
import vn.his.billing.settlement.PaymentMethod;
import vn.his.billing.settlement.SettledEncounter;
import vn.his.billing.visit.FacilityProfile;
import vn.his.billing.visit.VisitContext;
import vn.his.core.card.CardDetails;
import vn.his.core.card.CardNumber;
import vn.his.core.encounter.ClinicalNoteDraft;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.encounter.OtherFunding;
import vn.his.core.encounter.ParaclinicalResultDraft;
import vn.his.core.encounter.RecordSummary;
import vn.his.core.encounter.Referral;
import vn.his.core.encounter.RevisitBooking;
import vn.his.core.patient.BirthDate;
import vn.his.core.patient.Gender;
import vn.his.core.patient.PatientDetails;

/**
 * Encounters as the claim side reads them, and their settlement priced by the real billing engine with the rule
 * book of the billing migrations (Flyway on an in-memory H2), as billing's settlement does: one pricing line per
 * order line, its id the line number.
 */
final class ClaimFixtures {

    static final String FACILITY = "40017";
    static final String CCHN = "000123/NA-CCHN";
    static final LocalDateTime ARRIVAL = LocalDateTime.of(2026, 11, 20, 7, 30);

    private static RuleBook rules;

    private ClaimFixtures() {
    }

    static synchronized RuleBook rules() {
        if (rules == null) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:claims_rules_" + UUID.randomUUID()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
            dataSource.setUser("sa");
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/core",
                    "classpath:db/migration/billing").load().migrate();
            rules = new JdbcRuleBookLoader(dataSource).load();
        }
        return rules;
    }

    static PatientDetails patient() {
        return new PatientDetails("Nguyễn Thị Lan", BirthDate.of(LocalDate.of(1970, 5, 17)), Gender.FEMALE, "01",
                "000", "00000", "Xóm 2, xã Diễn Hoa, Diễn Châu, Nghệ An", "40", "415", "17605", "040170002001",
                "0912345678", null);
    }

    static CardDetails card(String number, LocalDate from, LocalDate to) {
        return new CardDetails(new CardNumber(number), from, to, FACILITY, null, null, null);
    }

    static CardDetails card() {
        return card("HT3401234567890", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    static OrderLineDraft exam(LocalDateTime at) {
        return line(OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần", "1", "45300", at, null, null);
    }

    static OrderLineDraft lab(LocalDateTime at) {
        return line(OrderKind.SERVICE, "22.0120.1370", "Tổng phân tích tế bào máu ngoại vi", 1, "Lần", "1", "46200",
                at, at.plusMinutes(5), at.plusMinutes(50));
    }

    static OrderLineDraft drug(LocalDateTime at) {
        return new OrderLineDraft(OrderKind.DRUG, "40.48", "Paracetamol 500mg", null, null, 4, "Viên",
                new BigDecimal("10"), new BigDecimal("350"), new BigDecimal("350"), 1, 100, 100, null, at, at, null,
                "K01", CCHN, null, null, null, null, 1, 1, "500mg", "1.01", "Viên nén", "1 viên/lần * 2 lần/ngày",
                "Uống sau ăn", "VD-30000-18", "1234/QĐ-SYT;G1;N1;2025", null, null, null, OtherFunding.NONE);
    }

    static OrderLineDraft supply(LocalDateTime at) {
        return new OrderLineDraft(OrderKind.SUPPLY, "N03.03.010.0079.292.0001", "Bơm tiêm nhựa 5ml dùng một lần",
                null, "N03.03.010.0079.292.0001", 10, "Cái", new BigDecimal("2"), new BigDecimal("900"),
                new BigDecimal("900"), 1, 100, 100, null, at, at, null, "K01", CCHN, null, null, null, null, 1, null,
                null, null, null, null, null, null, "567/QĐ-SYT.40000;G1;N1;2025", null, null, null,
                OtherFunding.NONE);
    }

    static OrderLineDraft line(OrderKind kind, String code, String name, int group, String unit, String qty,
                               String price, LocalDateTime at, LocalDateTime executed, LocalDateTime result) {
        boolean performed = group <= 3 || group == 8 || group == 18;
        return new OrderLineDraft(kind, code, name, code, null, group, unit, new BigDecimal(qty), new BigDecimal(price),
                new BigDecimal(price), 1, 100, 100, null, at, performed && executed == null ? at : executed, result,
                "K01", CCHN, performed ? CCHN : null, null, null, null, 1, null, null, null, null, null, null, null,
                null, null, null, null, OtherFunding.NONE);
    }

    /** A district outpatient visit (MA_LOAI_KCB 01) with an exam, a lab test and its result, a drug and a supply. */
    static ClaimSource outpatient(String maLk, List<CardDetails> cards) {
        List<ClaimSource.Line> lines = List.of(
                new ClaimSource.Line(1, exam(ARRIVAL.plusMinutes(10))),
                new ClaimSource.Line(2, lab(ARRIVAL.plusMinutes(20))),
                new ClaimSource.Line(3, drug(ARRIVAL.plusMinutes(90))),
                new ClaimSource.Line(4, supply(ARRIVAL.plusMinutes(25))));
        return source(maLk, "01", ARRIVAL.plusHours(2), null, cards, lines,
                List.of(new ParaclinicalResultDraft("22.0120.1370", "22.0120.1370.01", "Bạch cầu (WBC)", "7.5", "G/L",
                        null, "Bình thường", ARRIVAL.plusMinutes(70), CCHN)),
                List.of(new ClinicalNoteDraft("Sốt nhẹ", null, null, null, ARRIVAL.plusMinutes(15), CCHN)));
    }

    /** An inpatient stay (MA_LOAI_KCB 03) of three days with an exam, a bed day and a drug. */
    static ClaimSource inpatient(String maLk) {
        LocalDateTime admitted = ARRIVAL.plusHours(1);
        List<ClaimSource.Line> lines = List.of(
                new ClaimSource.Line(1, exam(ARRIVAL.plusMinutes(10))),
                new ClaimSource.Line(2, new OrderLineDraft(OrderKind.BED, "K03.1930", "Giường Nội khoa loại 2", "K03.1930",
                        null, 15, "Ngày", new BigDecimal("2"), new BigDecimal("180000"), new BigDecimal("180000"), 1,
                        100, 100, null, admitted, admitted, null, "K03", CCHN, null, null, null, "H001", 1, null, null,
                        null, null, null, null, null, null, null, null, null, OtherFunding.NONE)),
                new ClaimSource.Line(3, drug(admitted.plusHours(2))));
        return source(maLk, "03", ARRIVAL.plusDays(2), admitted, List.of(card()), lines, List.of(),
                List.of(new ClinicalNoteDraft("Ho, sốt 38,5 độ", null, null, null, admitted.plusMinutes(30), CCHN)));
    }

    static ClaimSource source(String maLk, String type, LocalDateTime discharge, LocalDateTime admitted,
                              List<CardDetails> cards, List<ClaimSource.Line> lines,
                              List<ParaclinicalResultDraft> results, List<ClinicalNoteDraft> notes) {
        return source(maLk, type, discharge, admitted, cards, lines, results, notes, 1, null);
    }

    /** An outpatient visit that ends with a transfer for professional reasons (MA_LOAI_RV 2) to facility 40001. */
    static ClaimSource transferred(String maLk) {
        ClaimSource visit = outpatient(maLk, List.of(card()));
        return source(maLk, "01", visit.dischargeTime(), null, visit.cards(), visit.lines(), visit.results(),
                visit.notes(), 2, "40001");
    }

    static RecordSummary recordSummary(LocalDate issuedOn) {
        return new RecordSummary("Ho, sốt 38,5 độ 3 ngày; nghe phổi ran nổ đáy phải", "X-quang: đám mờ đáy phổi phải",
                "Kháng sinh đường uống, hạ sốt", null, null, null, "Công ty May Nghệ An", null, null, null, null,
                issuedOn);
    }

    static Referral referralLetter() {
        return new Referral("HS-0001", "15", "CT-2026-000015", "Sốt 39 độ, khó thở nhẹ", "Ho sốt 3 ngày không đỡ",
                "Bạch cầu 7,5 G/L", "Tỉnh, mạch 96 lần/phút, SpO2 95%", 2, "Chụp CT ngực, điều trị chuyên khoa hô hấp",
                "Xe cứu thương", "Lê Thị Hộ", "Điều dưỡng", CCHN);
    }

    static RevisitBooking revisitBooking(LocalDateTime at) {
        return new RevisitBooking("HK-2026-000031", at, CCHN, at.toLocalDate().minusDays(7));
    }

    static ClaimSource source(String maLk, String type, LocalDateTime discharge, LocalDateTime admitted,
                              List<CardDetails> cards, List<ClaimSource.Line> lines,
                              List<ParaclinicalResultDraft> results, List<ClinicalNoteDraft> notes,
                              int dischargeType, String referredTo) {
        return new ClaimSource(1L, maLk, FACILITY, "0112345678", type, ARRIVAL, admitted, discharge,
                "Sốt, ho 3 ngày", admitted == null ? null : "Viêm phổi cần điều trị nội trú", null, false, null, null,
                referredTo, null, "Theo dõi viêm họng", "Viêm họng cấp", "J02.9", List.of("R50.9"), null, null,
                admitted == null ? "K01" : "K01;K03", dischargeType == 2 ? 2 : 1, dischargeType, "Điều trị nội khoa", "Tái khám nếu sốt", null,
                new BigDecimal("52.5"), null, maLk, null, "4000000123", patient(), cards, lines, results, notes,
                Map.of(CCHN, "Nguyễn Văn Bình"), null, null, null);
    }

    /** Billing's pricing request for the source: one line per order line, id = line number. */
    static PricingRequest request(ClaimSource source) {
        List<ChargeLine> lines = new ArrayList<>();
        for (ClaimSource.Line line : source.lines()) {
            OrderLineDraft d = line.draft();
            ChargeLine.Builder b = d.kind().isDrugTable()
                    ? ChargeLine.drug(line.lineId(), d.costGroup(), d.orderTime(), d.quantity(), d.hospitalUnitPrice())
                    : ChargeLine.service(line.lineId(), d.costGroup(), d.orderTime(), d.quantity(),
                            d.hospitalUnitPrice(), d.insuranceUnitPrice()).serviceRate(BigDecimal.valueOf(d.serviceRatio()));
            lines.add(b.fundRate(BigDecimal.valueOf(d.insuranceRatio())).scope(Scope.values()[d.scope() - 1])
                    .paymentMethod(d.paymentMethod()).build());
        }
        vn.his.billing.rules.EncounterType type = vn.his.core.encounter.EncounterType.isInpatient(source.encounterType())
                ? vn.his.billing.rules.EncounterType.INPATIENT : vn.his.billing.rules.EncounterType.OUTPATIENT;
        FacilityProfile facility = new FacilityProfile(source.facilityCode(), CareLevel.BASIC, FormerRoute.DISTRICT,
                new BigDecimal("62"), false, false);
        VisitContext.Builder visit = VisitContext.builder(source.arrivalTime().toLocalDate(), facility, type);
        List<CardPeriod> cards = new ArrayList<>();
        for (CardDetails c : source.cards()) {
            cards.add(new CardPeriod(c.number().value(), c.validFrom(), c.validTo(), c.registeredFacility(),
                    c.fiveYearsDate()));
        }
        if (!cards.isEmpty()) {
            visit.card(cards.get(0).cardCode(), cards.get(0).registeredFacility());
        }
        return new PricingRequest(source.maLk(), visit.build(), cards, CoPaymentStatus.NONE, lines);
    }

    static PricedEncounter price(ClaimSource source) {
        return new EncounterPricer(rules()).price(request(source));
    }

    static SettledEncounter settled(ClaimSource source, long encounterId, int version, String reason,
                                    LocalDateTime paidAt) {
        PricedEncounter priced = price(source);
        Payment payment = paidAt == null ? null : new Payment(PaymentMethod.CASH, paidAt,
                priced.totals().tBncct().add(priced.totals().tBntt()), "PT-" + source.maLk());
        return new SettledEncounter(encounterId, source.maLk(), version, reason, source.dischargeTime().plusMinutes(5),
                "thu.ngan", payment, priced);
    }
}
