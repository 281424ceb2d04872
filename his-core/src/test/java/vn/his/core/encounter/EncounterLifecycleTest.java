package vn.his.core.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class EncounterLifecycleTest {

    static final LocalDateTime ARRIVAL = LocalDateTime.of(2026, 11, 20, 8, 0);

    static Encounter open() {
        EncounterOpening opening = new EncounterOpening("01", ARRIVAL, "Sốt, ho", false, null, null, false, null,
                "K01", new BigDecimal("55.5"));
        return new Encounter("40001261120000001", null, "40001", null, opening, "40001261120000001", ARRIVAL);
    }

    static OrderLineDraft exam(LocalDateTime at) {
        return OrderLineDraft.simple(OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần", BigDecimal.ONE,
                new BigDecimal("45300"), at, "K01", "000123/NA-CCHN");
    }

    static Discharge discharge(LocalDateTime at) {
        return new Discharge(at, 1, 1, null, null, null, null);
    }

    @Test
    void openFinishSettleCorrect() {
        Encounter e = open();
        e.addLine(exam(ARRIVAL.plusMinutes(10)), ARRIVAL);
        e.recordDiagnosis(new Diagnosis("Sốt", "Viêm họng cấp", "J02.9", List.of("R50.9"), null, null), ARRIVAL);
        e.finish(discharge(ARRIVAL.plusHours(1)), ARRIVAL.plusHours(1));
        assertThat(e.status()).isEqualTo(EncounterStatus.FINISHED);

        e.markSettled("1.1", ARRIVAL.plusHours(2));
        assertThat(e.status()).isEqualTo(EncounterStatus.SETTLED);
        assertThatThrownBy(() -> e.addLine(exam(ARRIVAL.plusMinutes(20)), ARRIVAL))
                .isInstanceOf(EncounterRuleException.class).hasMessageContaining("không được sửa");

        e.startCorrection("Sai số lượng thuốc", "clerk1", ARRIVAL.plusDays(1));
        assertThat(e.status()).isEqualTo(EncounterStatus.CORRECTING);
        assertThat(e.revision()).isEqualTo(2);
        assertThat(e.corrections()).singleElement().extracting(EncounterCorrection::reason)
                .isEqualTo("Sai số lượng thuốc");
        e.addLine(exam(ARRIVAL.plusMinutes(20)), ARRIVAL);
        e.finish(discharge(ARRIVAL.plusHours(1)), ARRIVAL.plusDays(1));
        assertThat(e.status()).isEqualTo(EncounterStatus.FINISHED);
    }

    @Test
    void forbiddenTransitionsAreRefused() {
        Encounter e = open();
        assertThatThrownBy(() -> e.markSettled("1.1", ARRIVAL)).hasMessageContaining("không thể chuyển sang SETTLED");
        assertThatThrownBy(() -> e.startCorrection("x", "u", ARRIVAL)).isInstanceOf(EncounterRuleException.class);
        assertThatThrownBy(() -> e.reopen(ARRIVAL)).isInstanceOf(EncounterRuleException.class);
    }

    @Test
    void correctionNeedsAReason() {
        Encounter e = open();
        e.recordDiagnosis(new Diagnosis(null, null, "J02.9", null, null, null), ARRIVAL);
        e.finish(discharge(ARRIVAL.plusHours(1)), ARRIVAL);
        e.markSettled("1.1", ARRIVAL);
        assertThatThrownBy(() -> e.startCorrection(" ", "u", ARRIVAL)).hasMessageContaining("phải có lý do");
        assertThat(e.status()).isEqualTo(EncounterStatus.SETTLED);
    }

    @Test
    void dischargeBeforeArrivalIsRefused() {
        Encounter e = open();
        e.recordDiagnosis(new Diagnosis(null, null, "J02.9", null, null, null), ARRIVAL);
        assertThatThrownBy(() -> e.finish(discharge(ARRIVAL.minusMinutes(1)), ARRIVAL))
                .hasMessageContaining("ra viện trước thời gian vào viện");
        assertThat(e.status()).isEqualTo(EncounterStatus.OPEN);
    }

    @Test
    void finishingNeedsAMainDiagnosis() {
        Encounter e = open();
        assertThatThrownBy(() -> e.finish(discharge(ARRIVAL.plusHours(1)), ARRIVAL))
                .hasMessageContaining("mã bệnh chính");
    }

    @Test
    void linesOutsideTheStayAreRefused() {
        Encounter e = open();
        assertThatThrownBy(() -> e.addLine(exam(ARRIVAL.minusHours(1)), ARRIVAL))
                .hasMessageContaining("nằm ngoài thời gian");
        assertThat(e.lines()).isEmpty();
    }

    @Test
    void quantitiesMustBePositiveAndAreRoundedToThreeDecimals() {
        assertThatThrownBy(() -> OrderLineDraft.simple(OrderKind.DRUG, "40.17", "Oxy", 4, "lít", BigDecimal.ZERO,
                BigDecimal.TEN, ARRIVAL, "K01", "x")).hasMessageContaining("phải lớn hơn 0");
        assertThatThrownBy(() -> OrderLineDraft.simple(OrderKind.DRUG, "40.17", "Oxy", 4, "lít",
                new BigDecimal("-1"), BigDecimal.TEN, ARRIVAL, "K01", "x")).isInstanceOf(EncounterRuleException.class);
        assertThatThrownBy(() -> OrderLineDraft.simple(OrderKind.DRUG, "40.17", "Oxy", 4, "lít",
                new BigDecimal("0.0004"), BigDecimal.TEN, ARRIVAL, "K01", "x")).isInstanceOf(EncounterRuleException.class);
        OrderLineDraft d = OrderLineDraft.simple(OrderKind.DRUG, "40.17", "Oxy", 4, "lít", new BigDecimal("1.23456"),
                new BigDecimal("10.0005"), ARRIVAL, "K01", "x");
        assertThat(d.quantity()).isEqualByComparingTo("1.235");
        assertThat(d.hospitalUnitPrice()).isEqualByComparingTo("10.001");
    }

    @Test
    void costGroupMustFitTheKind() {
        assertThatThrownBy(() -> OrderLineDraft.simple(OrderKind.DRUG, "02.1896", "Khám", 13, "Lần", BigDecimal.ONE,
                BigDecimal.TEN, ARRIVAL, "K01", "x")).hasMessageContaining("Nhóm chi phí 13");
    }

    @Test
    void tooManySecondaryDiagnosesAreRefused() {
        List<String> thirteen = java.util.stream.IntStream.range(0, 13).mapToObj(i -> "A0" + (i % 10) + "." + i).toList();
        assertThatThrownBy(() -> new Diagnosis(null, null, "J02.9", thirteen, null, null))
                .hasMessageContaining("tối đa 12");
    }
}
