package vn.his.core.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.core.catalog.UnknownCodeException;
import vn.his.core.facility.Facility;
import vn.his.core.patient.Patient;
import vn.his.core.testsupport.CoreFixtures;
import vn.his.core.testsupport.DatabaseTest;

@DatabaseTest
class EncounterServiceDbTest {

    static final LocalDateTime ARRIVAL = LocalDateTime.of(2026, 11, 20, 7, 30);

    @Autowired
    EncounterService service;

    @Autowired
    CoreFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    <T> T read(Long id, java.util.function.Function<Encounter, T> f) {
        return tx.execute(s -> f.apply(service.get(id)));
    }

    Encounter openOne(String cccd) {
        Facility f = fixtures.districtHospital();
        Patient p = fixtures.patient("Phan Văn Đức", cccd);
        var card = fixtures.card(p, "HT3" + cccd.substring(0, 12), f.codeOn(ARRIVAL.toLocalDate()).orElseThrow());
        fixtures.icd10("J02.9", "R50.9", "I10");
        return service.open(p.id(), f.id(), List.of(card.id()), new EncounterOpening("01", ARRIVAL, "Đau họng",
                false, null, null, false, null, "K01", null));
    }

    OrderLineDraft exam(LocalDateTime at) {
        return OrderLineDraft.simple(OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần", BigDecimal.ONE,
                new BigDecimal("45300"), at, "K01", "000123/NA-CCHN");
    }

    @Test
    void maLkIsFacilityDayAndCounterAndTheCardIsCopied() {
        Encounter e = openOne("040170002001");
        assertThat(e.maLk()).startsWith(e.facilityCode() + "261120").hasSize(17);
        assertThat(read(e.id(), Encounter::cards)).singleElement().extracting(EncounterCard::cardNumber)
                .isEqualTo("HT3040170002001");
    }

    @Test
    void aWholeVisitIsRecordedAndFinished() {
        Encounter e = openOne("040170002002");
        service.addLine(e.id(), exam(ARRIVAL.plusMinutes(5)));
        service.recordDiagnosis(e.id(), new Diagnosis("Đau họng", "Viêm họng cấp", "J02.9", List.of("R50.9"), null, null));
        service.finish(e.id(), new Discharge(ARRIVAL.plusHours(1), 1, 1, null, null, null, null));
        assertThat(read(e.id(), Encounter::status)).isEqualTo(EncounterStatus.FINISHED);
        assertThat(read(e.id(), Encounter::lines)).singleElement().extracting(OrderLine::hospitalUnitPrice)
                .satisfies(p -> assertThat(p).isEqualByComparingTo("45300.000"));
        assertThat(read(e.id(), Encounter::secondaryIcd10)).containsExactly("R50.9");
    }

    @Test
    void unknownIcdIsRefusedAndNothingIsWritten() {
        Encounter e = openOne("040170002003");
        assertThatThrownBy(() -> service.recordDiagnosis(e.id(),
                new Diagnosis(null, null, "J02.9", List.of("Z99.999"), null, null)))
                .isInstanceOf(UnknownCodeException.class).hasMessageContaining("Z99.999");
        assertThat(service.get(e.id()).mainIcd10()).isNull();
    }

    @Test
    void aRefusedLineLeavesNoRow() {
        Encounter e = openOne("040170002004");
        assertThatThrownBy(() -> service.addLine(e.id(), exam(ARRIVAL.minusDays(1))))
                .isInstanceOf(EncounterRuleException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_line WHERE encounter_id = ?", Integer.class, e.id()))
                .isZero();
    }

    @Test
    void dischargeBeforeArrivalIsRefusedAndTheEncounterStaysOpen() {
        Encounter e = openOne("040170002005");
        service.recordDiagnosis(e.id(), new Diagnosis(null, null, "I10", null, null, null));
        assertThatThrownBy(() -> service.finish(e.id(), new Discharge(ARRIVAL.minusHours(2), 1, 1, null, null, null, null)))
                .isInstanceOf(EncounterRuleException.class);
        assertThat(jdbc.queryForObject("SELECT status FROM encounter WHERE id = ?", String.class, e.id()))
                .isEqualTo("OPEN");
    }

    @Test
    void dischargePapersAreStoredWithTheEncounterAndARefusedOneWritesNothing() {
        Encounter e = openOne("040170002077");
        service.recordDiagnosis(e.id(), new Diagnosis("Đau họng", "Viêm họng cấp", "J02.9", List.of(), null, null));
        service.orderAdmission(e.id(), ARRIVAL.plusHours(1), "Sốt cao", null, "03");
        LocalDateTime out = ARRIVAL.plusDays(2);
        service.finish(e.id(), new Discharge(out, 2, 2, "40017", "Kháng sinh", null, null));

        service.recordSummary(e.id(), new RecordSummary("Sốt 3 ngày", "Bạch cầu 15 G/L", "Kháng sinh đường tĩnh mạch",
                null, "Trần Thị Mẹ", null, "Công ty X", null, null, null, null, out.toLocalDate()));
        service.recordReferral(e.id(), new Referral("HS-77", "77", "CT-77", "Sốt 39 độ", "Sốt 3 ngày không đỡ",
                null, "Tỉnh táo", 2, "Điều trị tại tuyến tỉnh", "Xe cứu thương", null, null, "000123/NA-CCHN"));
        service.recordRevisit(e.id(), new RevisitBooking("HK-77", out.plusDays(10), "000123/NA-CCHN",
                out.toLocalDate()));
        // replacing a paper changes the stored row in place
        service.recordReferral(e.id(), new Referral("HS-77", "77", "CT-78", "Sốt 39 độ", "Sốt 3 ngày không đỡ",
                "CRP 80", "Tỉnh táo", 2, "Điều trị tại tuyến tỉnh", "Xe cứu thương", null, null, "000123/NA-CCHN"));

        assertThat(this.<String>read(e.id(), x -> x.recordSummary().orElseThrow().motherName())).isEqualTo("Trần Thị Mẹ");
        assertThat(this.<String>read(e.id(), x -> x.referral().orElseThrow().letterNo())).isEqualTo("CT-78");
        assertThat(this.<LocalDateTime>read(e.id(), x -> x.revisitBooking().orElseThrow().appointmentTime())).isEqualTo(out.plusDays(10));
        assertThat(this.<String>read(e.id(), Encounter::revisitDates)).isEqualTo(out.plusDays(10).toLocalDate()
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter_referral WHERE encounter_id = ?",
                Integer.class, e.id())).isEqualTo(1);

        assertThatThrownBy(() -> service.recordRevisit(e.id(), new RevisitBooking("HK-78", out.minusHours(1),
                "000123/NA-CCHN", out.toLocalDate()))).isInstanceOf(EncounterRuleException.class);
        assertThat(this.<String>read(e.id(), x -> x.revisitBooking().orElseThrow().paperNo())).isEqualTo("HK-77");

        service.reopen(e.id());
        assertThat(this.<Boolean>read(e.id(), x -> x.referral().isEmpty() && x.revisitBooking().isEmpty())).isTrue();
        assertThat(this.<Boolean>read(e.id(), x -> x.recordSummary().isPresent())).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter_referral WHERE encounter_id = ?",
                Integer.class, e.id())).isZero();
    }
}
