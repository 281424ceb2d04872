package vn.his.billing.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.billing.BillingException;
import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.visit.ClerkOverride;
import vn.his.core.card.InsuranceCard;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterRuleException;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.EncounterStatus;
import vn.his.core.facility.Facility;
import vn.his.core.patient.Patient;
import vn.his.core.testsupport.DatabaseTest;

/** Settling, paying later, correcting and the refused transitions, through the database (H2 and MariaDB). */
@DatabaseTest
@Import(SettlementServiceDbTest.Events.class)
class SettlementServiceDbTest {

    /** Records the settlement events and whether a transaction was active when each was published. */
    static class Events {
        final List<Object> received = new ArrayList<>();
        final List<Boolean> inTransaction = new ArrayList<>();

        @EventListener
        void settled(EncounterSettled e) {
            received.add(e);
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
        }

        @EventListener
        void paid(PaymentRecorded e) {
            received.add(e);
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
        }
    }

    @Autowired
    SettlementService settlement;
    @Autowired
    SettlementLedger ledger;
    @Autowired
    EncounterService encounters;
    @Autowired
    EncounterRecorder recorder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Events events;

    Facility hospital;
    Patient patient;
    InsuranceCard card;

    @BeforeEach
    void data() {
        events.received.clear();
        events.inTransaction.clear();
        hospital = recorder.hospital();
        patient = recorder.patient();
        card = recorder.card(patient, "HT3", EncounterRecorder.code(hospital), null);
    }

    EncounterStatus status(long id) {
        return tx.execute(s -> encounters.get(id).status());
    }

    int rows(String table, long encounterId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE encounter_id = ?", Integer.class,
                encounterId);
    }

    static BigDecimal due(PricedEncounter p) {
        return p.totals().tBncct().add(p.totals().tBntt());
    }

    @Test
    void settlingFreezesVersionOneAndPublishesInsideTheTransaction() {
        Encounter e = recorder.finishedVisit(patient, hospital, card);
        PricedEncounter preview = settlement.preview(e.id(), Optional.empty());
        Payment cash = new Payment(PaymentMethod.CASH, EncounterRecorder.ARRIVAL.plusMinutes(70), due(preview), null);

        SettledEncounter settled = settlement.settle(e.id(), Optional.empty(), " thu.ngan ", Optional.of(cash));

        assertThat(settled.version()).isEqualTo(1);
        assertThat(settled.reason()).isNull();
        assertThat(settled.settledBy()).isEqualTo("thu.ngan");
        assertThat(settled.priced()).isEqualTo(preview);
        assertThat(settled.paymentTime()).contains(EncounterRecorder.ARRIVAL.plusMinutes(70));
        assertThat(ledger.current(e.id())).contains(settled);
        assertThat(ledger.versions(e.id())).containsExactly(settled);
        assertThat(status(e.id())).isEqualTo(EncounterStatus.SETTLED);
        String finalCode = tx.execute(s -> encounters.get(e.id()).visitObjectFinal());
        assertThat(finalCode)
                .isEqualTo(preview.visitObject().code());
        assertThat(events.received).containsExactly(new EncounterSettled(e.id(), e.maLk(), 1),
                new PaymentRecorded(e.id(), e.maLk(), 1, cash.paidAt()));
        assertThat(events.inTransaction).containsOnly(true);
        // HT3 at the registered facility, 45,300 + 300 × 1,250.5 = 420,450 above 15% LCS (379,500): 95%
        assertThat(settled.priced().totals().tTongchiBv()).isEqualByComparingTo("420450.00");
        assertThat(settled.priced().totals().tBhtt()).isEqualByComparingTo("399427.50");
        assertThat(due(settled.priced())).isEqualByComparingTo("21022.50");
    }

    @Test
    void dischargedUnpaidThenPaidOnceOnly() {
        Encounter e = recorder.finishedVisit(patient, hospital, card);
        SettledEncounter unpaid = settlement.settle(e.id(), Optional.empty(), "thu.ngan", Optional.empty());
        assertThat(unpaid.payment()).isNull();
        assertThat(ledger.current(e.id()).orElseThrow().paymentTime()).isEmpty();
        assertThat(events.received).containsExactly(new EncounterSettled(e.id(), e.maLk(), 1));

        Payment transfer = new Payment(PaymentMethod.TRANSFER, EncounterRecorder.ARRIVAL.plusDays(2),
                due(unpaid.priced()), "FT26327001");
        SettledEncounter paid = settlement.recordPayment(e.id(), transfer);
        assertThat(paid.payment()).isEqualTo(transfer);
        assertThat(ledger.current(e.id())).contains(paid);
        assertThat(events.received).endsWith(new PaymentRecorded(e.id(), e.maLk(), 1, transfer.paidAt()));

        assertThatThrownBy(() -> settlement.recordPayment(e.id(), transfer))
                .isInstanceOf(BillingException.class)
                .hasMessageContaining("đã được thanh toán")
                .extracting(x -> ((BillingException) x).messageKey()).isEqualTo("billing.payment.alreadyPaid");
        assertThat(rows("billing_payment", e.id())).isEqualTo(1);
    }

    @Test
    void aCorrectionMakesVersionTwoWithItsReasonAndVersionOneStaysReadable() {
        Encounter e = recorder.finishedVisit(patient, hospital, card);
        SettledEncounter v1 = settlement.settle(e.id(), Optional.empty(), "thu.ngan", Optional.empty());
        settlement.startCorrection(e.id(), "Bổ sung thuốc bị sót", "truong.khoa");
        assertThat(status(e.id())).isEqualTo(EncounterStatus.CORRECTING);
        recorder.drug(e, EncounterRecorder.ARRIVAL.plusMinutes(30), "5", "2000");

        ClerkOverride override = new ClerkOverride("1.1", "Thẻ đăng ký ban đầu tại đây, xác nhận lại");
        SettledEncounter v2 = settlement.settle(e.id(), Optional.of(override), "thu.ngan", Optional.empty());

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.reason()).isEqualTo("Bổ sung thuốc bị sót");
        assertThat(v2.priced().lines()).hasSize(3);
        assertThat(v2.priced().visitObject().overrideReason()).isEqualTo(override.reason());
        assertThat(ledger.version(e.id(), 1)).contains(v1);
        assertThat(ledger.version(e.id(), 2)).contains(v2);
        assertThat(ledger.versions(e.id())).containsExactly(v1, v2);
        assertThat(ledger.current(e.id())).contains(v2);
        assertThat(v1.priced().lines()).hasSize(2);
        assertThat(status(e.id())).isEqualTo(EncounterStatus.SETTLED);
        assertThat(events.received).containsExactly(new EncounterSettled(e.id(), e.maLk(), 1),
                new EncounterSettled(e.id(), e.maLk(), 2));
    }

    @Test
    void illegalTransitionsAreRefusedAndNothingIsHalfWritten() {
        Encounter open = recorder.open(patient, hospital, List.of(card), EncounterRecorder.ARRIVAL);
        recorder.exam(open, EncounterRecorder.ARRIVAL.plusMinutes(5), "45300");
        assertThatThrownBy(() -> settlement.settle(open.id(), Optional.empty(), "thu.ngan", Optional.empty()))
                .isInstanceOf(BillingException.class).hasMessageContaining("OPEN");
        assertThatThrownBy(() -> settlement.recordPayment(open.id(), new Payment(PaymentMethod.CASH,
                EncounterRecorder.ARRIVAL.plusHours(1), BigDecimal.ZERO, null)))
                .isInstanceOf(BillingException.class).hasMessageContaining("chưa quyết toán");
        assertThatThrownBy(() -> settlement.startCorrection(open.id(), "Sai giá", "truong.khoa"))
                .isInstanceOf(BillingException.class);

        Encounter e = recorder.finishedVisit(patient, hospital, card);
        // a wrong amount is refused before anything is written, and the encounter stays FINISHED
        assertThatThrownBy(() -> settlement.settle(e.id(), Optional.empty(), "thu.ngan", Optional.of(
                new Payment(PaymentMethod.CASH, EncounterRecorder.ARRIVAL.plusHours(1), new BigDecimal("1.00"), null))))
                .isInstanceOf(BillingException.class).hasMessageContaining("khác số tiền người bệnh phải trả");
        assertThat(rows("billing_settled_version", e.id())).isZero();
        assertThat(rows("billing_settled_line", e.id())).isZero();
        assertThat(status(e.id())).isEqualTo(EncounterStatus.FINISHED);
        // an unknown override code is refused the same way
        assertThatThrownBy(() -> settlement.settle(e.id(), Optional.of(new ClerkOverride("9.99", "thử")), "thu.ngan",
                Optional.empty())).isInstanceOf(BillingException.class);
        assertThat(rows("billing_settled_version", e.id())).isZero();
        // a transfer without reference, a payment before arrival, no clerk name
        BigDecimal due = due(settlement.preview(e.id(), Optional.empty()));
        assertThatThrownBy(() -> settlement.settle(e.id(), Optional.empty(), "thu.ngan", Optional.of(
                new Payment(PaymentMethod.TRANSFER, EncounterRecorder.ARRIVAL.plusHours(1), due, " "))))
                .isInstanceOf(BillingException.class).hasMessageContaining("mã giao dịch");
        assertThatThrownBy(() -> settlement.settle(e.id(), Optional.empty(), "thu.ngan", Optional.of(
                new Payment(PaymentMethod.CASH, EncounterRecorder.ARRIVAL.minusDays(1), due, null))))
                .isInstanceOf(BillingException.class).hasMessageContaining("Thời điểm thanh toán");
        assertThatThrownBy(() -> settlement.settle(e.id(), Optional.empty(), "  ", Optional.empty()))
                .isInstanceOf(BillingException.class).hasMessageContaining("người thực hiện");
        assertThat(rows("billing_settled_version", e.id()) + rows("billing_payment", e.id())).isZero();
        assertThat(events.received).isEmpty();

        settlement.settle(e.id(), Optional.empty(), "thu.ngan", Optional.empty());
        // settled: a second settlement, reopening, new lines are refused; the version is unchanged
        assertThatThrownBy(() -> settlement.settle(e.id(), Optional.empty(), "thu.ngan", Optional.empty()))
                .isInstanceOf(BillingException.class).hasMessageContaining("SETTLED");
        assertThatThrownBy(() -> encounters.reopen(e.id())).isInstanceOf(EncounterRuleException.class);
        assertThatThrownBy(() -> recorder.exam(e, EncounterRecorder.ARRIVAL.plusMinutes(40), "45300"))
                .isInstanceOf(EncounterRuleException.class);
        assertThatThrownBy(() -> settlement.startCorrection(e.id(), " ", "truong.khoa"))
                .isInstanceOf(BillingException.class).hasMessageContaining("lý do");
        assertThat(rows("billing_settled_version", e.id())).isEqualTo(1);
        assertThat(rows("billing_settled_line", e.id())).isEqualTo(2);
        // under correction the old version cannot be paid
        settlement.startCorrection(e.id(), "Sai số lượng", "truong.khoa");
        assertThatThrownBy(() -> settlement.recordPayment(e.id(), new Payment(PaymentMethod.CASH,
                EncounterRecorder.ARRIVAL.plusHours(2), due, null)))
                .isInstanceOf(BillingException.class).hasMessageContaining("đang điều chỉnh");
        assertThat(rows("billing_payment", e.id())).isZero();
    }

    @Test
    void theYearsCoPaymentsOfEarlierSettledEncountersCountForTheFiveYearExemption() {
        Encounter first = recorder.finishedVisit(patient, hospital, card);
        SettledEncounter v = settlement.settle(first.id(), Optional.empty(), "thu.ngan", Optional.empty());
        Encounter second = recorder.open(patient, hospital, List.of(card), EncounterRecorder.ARRIVAL.plusDays(1));
        recorder.exam(second, EncounterRecorder.ARRIVAL.plusDays(1).plusMinutes(5), "45300");
        recorder.finish(second, EncounterRecorder.ARRIVAL.plusDays(1).plusHours(1));
        assertThat(((JdbcSettlementLedger) ledger).coPaymentsBefore(patient.id(), second.id(),
                LocalDateTime.of(2026, 11, 21, 7, 30))).isEqualByComparingTo(v.priced().totals().tBncct());
        assertThat(((JdbcSettlementLedger) ledger).coPaymentsBefore(patient.id(), second.id(),
                LocalDateTime.of(2026, 11, 20, 7, 0))).isZero();
    }
}
