package vn.his.web.reception.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.his.core.encounter.RecordSummary;
import vn.his.core.encounter.Referral;
import vn.his.core.encounter.RevisitBooking;

/**
 * The edit forms are pre-filled with a recorded paper as a person types it (dates dd/MM/yyyy, the appointment
 * dd/MM/yyyy HH:mm), and submitted unchanged they give back the same paper.
 */
class PaperFormsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aRecordedSummaryComesBackUnchanged() {
        RecordSummary x = new RecordSummary("Sốt cao 3 ngày", "Bạch cầu 15 G/L", "Kháng sinh", null, "Trần Thị Mẹ",
                null, null, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3), 1, "Ghi chú",
                LocalDate.of(2026, 11, 5));
        SummaryForm f = SummaryForm.of(x);
        assertThat(f.getIssuedOn()).isEqualTo("05/11/2026");
        assertThat(f.getChildBirthDate()).isEqualTo("02/11/2026");
        assertThat(f.getChildrenDead()).isEqualTo("1");
        PaperErrors errors = new PaperErrors(Locale.forLanguageTag("vi"));
        assertThat(f.toRequest(errors).toSummary(TODAY)).isEqualTo(x);
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aRecordedReferralComesBackUnchanged() {
        Referral x = new Referral("HS-01", "7", "CT-2026-007", "Sốt 39 độ", "Sốt 3 ngày", null, "Tỉnh táo", 2,
                "Điều trị chuyên khoa", "Xe cứu thương", "Lê Văn Hộ", "Điều dưỡng", "000123/NA-CCHN");
        ReferralForm f = ReferralForm.of(x);
        assertThat(f.getReasonCode()).isEqualTo("2");
        PaperErrors errors = new PaperErrors(Locale.forLanguageTag("vi"));
        assertThat(f.toRequest(errors).toReferral()).isEqualTo(x);
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aRecordedAppointmentComesBackUnchanged() {
        RevisitBooking x = new RevisitBooking("HK-1", LocalDateTime.of(2026, 12, 7, 8, 5), "000123/NA-CCHN",
                LocalDate.of(2026, 11, 30));
        AppointmentForm f = AppointmentForm.of(x);
        assertThat(f.getAppointmentTime()).isEqualTo("07/12/2026 08:05");
        assertThat(f.getIssuedOn()).isEqualTo("30/11/2026");
        PaperErrors errors = new PaperErrors(Locale.forLanguageTag("vi"));
        assertThat(f.toRequest(errors).toBooking(LocalDate.of(2027, 1, 1))).isEqualTo(x);
        assertThat(errors.isEmpty()).isTrue();
    }
}
