package vn.his.core.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The discharge papers of an encounter (XML8 record summary, XML13 referral letter, XML14 appointment). */
class EncounterPapersTest {

    static final LocalDateTime ARRIVAL = LocalDateTime.of(2026, 11, 20, 8, 0);
    static final LocalDateTime DISCHARGE = ARRIVAL.plusDays(3);

    static Encounter open(String type) {
        EncounterOpening opening = new EncounterOpening(type, ARRIVAL, "Đau bụng", false, null, null, false, null,
                "K01", null);
        Encounter e = new Encounter("40001261120000009", null, "40001", null, opening, "40001261120000009", ARRIVAL);
        e.recordDiagnosis(new Diagnosis("Đau bụng", "Viêm ruột thừa cấp", "K35.8", List.of(), null, null), ARRIVAL);
        return e;
    }

    static Encounter finished(String type, int dischargeType, String referredTo) {
        Encounter e = open(type);
        e.finish(new Discharge(DISCHARGE, 2, dischargeType, referredTo, "Điều trị nội khoa", null, null), DISCHARGE);
        return e;
    }

    static RecordSummary summary(LocalDate issuedOn) {
        return new RecordSummary("Đau hố chậu phải 2 ngày, sốt nhẹ", "Bạch cầu 14 G/L; siêu âm: ruột thừa 9 mm",
                "Phẫu thuật nội soi cắt ruột thừa, kháng sinh", null, null, null, null, null, null, null, null,
                issuedOn);
    }

    static Referral referral(int reason) {
        return new Referral("HS-2026-0012", "12", "CT-2026-000123", "Sốt 39 độ, đau bụng lan tỏa",
                "Đau bụng 2 ngày, điều trị không đỡ", "Bạch cầu 18 G/L", "Tỉnh, mạch 100 lần/phút",
                reason, "Điều trị ngoại khoa tại tuyến trên", "Xe cứu thương", "Nguyễn Văn Hộ", "Điều dưỡng",
                "000123/NA-CCHN");
    }

    static RevisitBooking booking(LocalDateTime at) {
        return new RevisitBooking("HK-2026-0042", at, "000123/NA-CCHN", DISCHARGE.toLocalDate());
    }

    @Test
    void aStayRecordsItsSummaryAndKeepsItAfterSettlementOnlyReadable() {
        Encounter e = finished("03", 1, null);
        e.recordSummary(summary(DISCHARGE.toLocalDate()), DISCHARGE);
        assertThat(e.recordSummary()).get().extracting(RecordSummary::pathology)
                .isEqualTo("Đau hố chậu phải 2 ngày, sốt nhẹ");
        e.markSettled("1.1", DISCHARGE);
        assertThatThrownBy(() -> e.recordSummary(summary(DISCHARGE.toLocalDate()), DISCHARGE))
                .isInstanceOf(EncounterRuleException.class).hasMessageContaining("không được sửa");
    }

    @Test
    void summaryIsOnlyForInpatientDayAndCommuneStays() {
        assertThatThrownBy(() -> finished("01", 1, null).recordSummary(summary(DISCHARGE.toLocalDate()), DISCHARGE))
                .isInstanceOf(EncounterRuleException.class).hasMessageContaining("03, 04, 06");
        Encounter commune = finished("06", 1, null);
        commune.recordSummary(summary(DISCHARGE.toLocalDate()), DISCHARGE);
        assertThat(commune.recordSummary()).isPresent();
    }

    @Test
    void summaryNeedsItsTextsAndADateNotBeforeTheEnd() {
        assertThatThrownBy(() -> new RecordSummary(" ", "x", "y", null, null, null, null, null, null, null, null,
                DISCHARGE.toLocalDate())).hasMessageContaining("QT_BENHLY");
        assertThatThrownBy(() -> new RecordSummary("x", "y", "z".repeat(2001), null, null, null, null, null, null,
                null, null, DISCHARGE.toLocalDate())).hasMessageContaining("PP_DIEUTRI").hasMessageContaining("2000");
        assertThatThrownBy(() -> new RecordSummary("x", "y", "z", null, null, null, null,
                LocalDate.of(2026, 11, 21), null, null, null, DISCHARGE.toLocalDate()))
                .hasMessageContaining("phải nhập đủ");
        Encounter e = finished("03", 1, null);
        assertThatThrownBy(() -> e.recordSummary(summary(DISCHARGE.toLocalDate().minusDays(1)), DISCHARGE))
                .hasMessageContaining("trước ngày vào viện hoặc ngày ra viện");
        assertThat(e.recordSummary()).isEmpty();
    }

    @Test
    void referralOnlyAfterATransferWithAFittingReason() {
        Encounter home = finished("03", 1, null);
        assertThatThrownBy(() -> home.recordReferral(referral(1), DISCHARGE))
                .isInstanceOf(EncounterRuleException.class).hasMessageContaining("mã loại ra viện 2 hoặc 5");
        Encounter open = open("03");
        assertThatThrownBy(() -> open.recordReferral(referral(1), DISCHARGE)).isInstanceOf(EncounterRuleException.class);

        Encounter professional = finished("03", 2, "40017");
        assertThatThrownBy(() -> professional.recordReferral(referral(3), DISCHARGE))
                .hasMessageContaining("không phù hợp với loại ra viện 2");
        professional.recordReferral(referral(2), DISCHARGE);
        assertThat(professional.referral()).get().extracting(Referral::letterNo).isEqualTo("CT-2026-000123");

        Encounter onRequest = finished("01", 5, "40017");
        assertThatThrownBy(() -> onRequest.recordReferral(referral(1), DISCHARGE))
                .hasMessageContaining("yêu cầu người bệnh là mã 3");
        onRequest.recordReferral(referral(3), DISCHARGE);
        assertThat(onRequest.referral()).isPresent();
    }

    @Test
    void referralFieldsAreChecked() {
        assertThatThrownBy(() -> new Referral("HS", "12", "CT", "signs", "course", null, "state", 4, "dir", "xe",
                null, null, "000123/NA-CCHN")).hasMessageContaining("1, 2 hoặc 3");
        assertThatThrownBy(() -> new Referral("HS", "12", " ", "signs", "course", null, "state", 1, "dir", "xe",
                null, null, "000123/NA-CCHN")).hasMessageContaining("GIAY_CHUYEN_TUYEN");
        assertThatThrownBy(() -> new Referral("HS", "12", "CT", "signs", "course", null, "state", 1, "dir", "xe",
                null, "Điều dưỡng", "000123/NA-CCHN")).hasMessageContaining("họ tên người hộ tống");
        assertThatThrownBy(() -> new Referral("HS", "12", "CT", "signs", "course", null, "state", 1, "dir", "xe",
                null, null, "000123 NA")).hasMessageContaining("MA_BAC_SI");
    }

    @Test
    void reopeningVoidsTheReferralAndAnEndWithoutTransferToo() {
        Encounter e = finished("03", 2, "40017");
        e.recordReferral(referral(1), DISCHARGE);
        e.reopen(DISCHARGE);
        assertThat(e.referral()).isEmpty();

        Encounter corrected = finished("03", 2, "40017");
        corrected.recordReferral(referral(1), DISCHARGE);
        corrected.markSettled("1.1", DISCHARGE);
        corrected.startCorrection("Người bệnh không chuyển tuyến", "clerk", DISCHARGE.plusDays(1));
        corrected.finish(new Discharge(DISCHARGE, 1, 1, null, "Điều trị nội khoa", null, null), DISCHARGE.plusDays(1));
        assertThat(corrected.referral()).isEmpty();
    }

    @Test
    void appointmentAfterDischargeAddsTheDayToTheRevisitDates() {
        Encounter e = finished("01", 1, null);
        assertThatThrownBy(() -> e.recordRevisit(booking(DISCHARGE.minusMinutes(1)), DISCHARGE))
                .hasMessageContaining("trước thời gian ra viện");
        e.recordRevisit(booking(DISCHARGE.plusDays(14).withHour(8)), DISCHARGE);
        assertThat(e.revisitBooking()).get().extracting(RevisitBooking::paperNo).isEqualTo("HK-2026-0042");
        assertThat(e.revisitDates()).isEqualTo("20261207");
        e.recordRevisit(booking(DISCHARGE.plusDays(14).withHour(9)), DISCHARGE);
        assertThat(e.revisitDates()).isEqualTo("20261207");
        // the appointment moved to another day: the old day leaves NGAY_TAI_KHAM, a day given at discharge stays
        e.recordRevisit(booking(DISCHARGE.plusDays(21).withHour(8)), DISCHARGE);
        assertThat(e.revisitDates()).isEqualTo("20261214");
        Encounter withDay = open("01");
        withDay.finish(new Discharge(DISCHARGE, 1, 1, null, "Điều trị nội khoa", null, "20261130"), DISCHARGE);
        withDay.recordRevisit(booking(DISCHARGE.plusDays(14).withHour(8)), DISCHARGE);
        withDay.recordRevisit(booking(DISCHARGE.plusDays(15).withHour(8)), DISCHARGE);
        assertThat(withDay.revisitDates()).isEqualTo("20261130;20261208");

        assertThatThrownBy(() -> open("01").recordRevisit(booking(DISCHARGE.plusDays(1)), DISCHARGE))
                .hasMessageContaining("đã kết thúc");
        Encounter died = open("03");
        died.finish(new Discharge(DISCHARGE, 5, 1, null, "Hồi sức", null, null), DISCHARGE);
        assertThatThrownBy(() -> died.recordRevisit(booking(DISCHARGE.plusDays(1)), DISCHARGE))
                .hasMessageContaining("tử vong");
        assertThatThrownBy(() -> new RevisitBooking("HK", DISCHARGE, "000123/NA-CCHN", null))
                .hasMessageContaining("NGAY_CT");
    }

    @Test
    void weightIsUnrelatedButOpeningStillValidates() {
        assertThatThrownBy(() -> new EncounterOpening("03", ARRIVAL, "x", false, null, null, false, null, "K01",
                BigDecimal.ZERO)).isInstanceOf(EncounterRuleException.class);
    }
}
