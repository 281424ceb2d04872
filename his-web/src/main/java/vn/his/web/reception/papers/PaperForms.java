package vn.his.web.reception.papers;

import java.time.LocalDate;

import org.springframework.ui.Model;

import vn.his.web.api.encounter.EncounterView;

/**
 * The three paper forms of the encounter page. For a paper not yet recorded, the recording form (its date today, the
 * referral reason that fits the transfer); for a recorded one, the edit form pre-filled with the recorded values as a
 * person types them (dates dd/MM/yyyy, the appointment dd/MM/yyyy HH:mm), whose submission replaces the paper. A form
 * the model already holds (what was typed in a refused submission) is kept.
 */
public final class PaperForms {

    private PaperForms() {
    }

    public static void addTo(Model model, EncounterView e, LocalDate today) {
        if (!model.containsAttribute("summaryForm")) {
            model.addAttribute("summaryForm", e.recordSummary() != null ? SummaryForm.of(e.recordSummary())
                    : summary(today));
        }
        if (!model.containsAttribute("referralForm")) {
            model.addAttribute("referralForm", e.referral() != null ? ReferralForm.of(e.referral())
                    : referral(e.dischargeType()));
        }
        if (!model.containsAttribute("appointmentForm")) {
            model.addAttribute("appointmentForm", e.appointment() != null ? AppointmentForm.of(e.appointment())
                    : appointment(today));
        }
    }

    private static SummaryForm summary(LocalDate today) {
        SummaryForm f = new SummaryForm();
        f.setIssuedOn(TypedValues.typed(today));
        return f;
    }

    /** MA_LYDO_CT 3 (at the patient's request) for a transfer the patient asked for (MA_LOAI_RV 5), else 1. */
    private static ReferralForm referral(Integer dischargeType) {
        ReferralForm f = new ReferralForm();
        f.setReasonCode(dischargeType != null && dischargeType == 5 ? "3" : "1");
        return f;
    }

    private static AppointmentForm appointment(LocalDate today) {
        AppointmentForm f = new AppointmentForm();
        f.setIssuedOn(TypedValues.typed(today));
        return f;
    }
}
