package vn.his.web.reception.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.his.core.encounter.EncounterRuleException;
import vn.his.core.encounter.EncounterStatus;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.encounter.EncounterView;

/** Refusals put next to the fields of the paper forms, and which papers an encounter page offers. */
class PaperErrorsTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void aPaperFieldCheckNamesTheXmlElementOfTheFormsField() {
        PaperErrors errors = new PaperErrors(VI);
        errors.refused(new EncounterRuleException("encounter.paper.fieldRequired", "GIAY_CHUYEN_TUYEN"),
                ReferralForm.ELEMENTS);
        assertThat(errors.of("letterNo")).isEqualTo("Chưa nhập GIAY_CHUYEN_TUYEN.");
        assertThat(errors.general()).isNull();
    }

    @Test
    void ruleRefusalsGoToTheirFieldAndTheRestToThePaper() {
        PaperErrors errors = new PaperErrors(VI);
        errors.refused(new EncounterRuleException("encounter.revisit.beforeDischarge", "LK1"),
                AppointmentForm.ELEMENTS);
        errors.refused(new InvalidRequestException("api.practitioner.notFound", "doctorIds", "CCHN-9"),
                AppointmentForm.ELEMENTS);
        assertThat(errors.fields()).containsOnlyKeys("appointmentTime", "doctorIds");
        assertThat(errors.of("appointmentTime")).contains("trước thời gian ra viện");

        PaperErrors whole = new PaperErrors(Locale.ENGLISH);
        whole.refused(new EncounterRuleException("encounter.referral.notTransfer", "LK1", "1"), ReferralForm.ELEMENTS);
        assertThat(whole.fields()).isEmpty();
        assertThat(whole.general()).startsWith("Encounter LK1: a referral letter");
    }

    @Test
    void aValueThatDoesNotReadKeepsItsMessageOverTheMissingValue() {
        PaperErrors errors = new PaperErrors(VI);
        AppointmentForm form = new AppointmentForm();
        form.setPaperNo("HK-1");
        form.setAppointmentTime("31/02/2026 08:00");
        form.setDoctorIds("CCHN-1");
        assertThat(form.toRequest(errors).appointmentTime()).isNull();
        assertThat(errors.of("appointmentTime")).isEqualTo("Thời gian không hợp lệ: nhập theo dạng dd/mm/yyyy hh:mm.");
        form.setAppointmentTime("1/12/2026 7:30");
        PaperErrors fine = new PaperErrors(VI);
        assertThat(form.toRequest(fine).appointmentTime()).isEqualTo(LocalDateTime.of(2026, 12, 1, 7, 30));
        assertThat(fine.isEmpty()).isTrue();
    }

    static EncounterView encounter(String type, EncounterStatus status, LocalDateTime discharge, Integer result,
                                   Integer dischargeType) {
        return new EncounterView(1L, "LK1", 1L, "40001", "BV", 1L, "BN1", "Người bệnh", type, status, 0,
                LocalDateTime.of(2026, 11, 1, 8, 0), discharge, "Sốt", false, null, null, "K01", null, null, "J02.9",
                List.of(), result, dischargeType, List.of(), List.of(), null, null, null, null);
    }

    @Test
    void onlyTheApplicablePapersOfAnEndedEncounterAreOffered() {
        LocalDateTime end = LocalDateTime.of(2026, 11, 3, 9, 0);
        assertThat(DischargePapers.of(encounter("03", EncounterStatus.OPEN, null, null, null), true).any()).isFalse();
        DischargePapers stay = DischargePapers.of(encounter("03", EncounterStatus.FINISHED, end, 1, 1), true);
        assertThat(stay.summary()).isTrue();
        assertThat(stay.referral()).isFalse();
        assertThat(stay.appointment()).isTrue();
        assertThat(stay.writable()).isTrue();
        DischargePapers transfer = DischargePapers.of(encounter("01", EncounterStatus.FINISHED, end, 2, 5), true);
        assertThat(transfer.summary()).isFalse();
        assertThat(transfer.referral()).isTrue();
        assertThat(DischargePapers.of(encounter("01", EncounterStatus.FINISHED, end, 5, 1), true).appointment())
                .isFalse();
        DischargePapers settled = DischargePapers.of(encounter("01", EncounterStatus.SETTLED, end, 1, 1), true);
        assertThat(settled.locked()).isTrue();
        assertThat(settled.writable()).isFalse();
        assertThat(DischargePapers.of(encounter("01", EncounterStatus.FINISHED, end, 1, 1), false).writable())
                .isFalse();
    }
}
