package vn.his.web.reception.papers;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.his.core.common.DomainException;
import vn.his.core.i18n.Messages;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.api.encounter.EncounterApiService;
import vn.his.web.api.encounter.EncounterView;
import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Action;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;
import vn.his.web.reception.EncounterPage;

/**
 * The discharge papers on the encounter page: record summary (XML8), referral letter (XML13), re-visit appointment
 * (XML14). Each form goes through the same checks as the API: the user may change the encounter (403 otherwise),
 * then the request's bean validation, then the service and the core; a refusal shows the page again with the message
 * next to its field and nothing written; a recorded paper redirects (PRG) to the page, which shows it with its edit
 * form. The same endpoint replaces a recorded paper (the core replaces it until the encounter is settled and refuses
 * afterwards with {@code encounter.locked}, shown above the forms with nothing written).
 */
@Controller
@RequestMapping("/reception/encounters/{id}")
public class DischargePapersController {

    private final EncounterApiService encounters;
    private final EncounterPage page;
    private final Validator validator;
    private final AuditTrail audit;

    public DischargePapersController(EncounterApiService encounters, EncounterPage page, Validator validator,
                                     AuditTrail audit) {
        this.encounters = encounters;
        this.page = page;
        this.validator = validator;
        this.audit = audit;
    }

    @PostMapping("/record-summary")
    public String recordSummary(@PathVariable Long id, @ModelAttribute("summaryForm") SummaryForm form,
                                Locale locale, Model model, RedirectAttributes redirect) {
        encounters.requireChange(id);
        PaperErrors errors = new PaperErrors(locale);
        var request = form.toRequest(errors);
        return record(id, "summary", errors, request, SummaryForm.ELEMENTS,
                () -> encounters.recordSummary(id, request), locale, model, redirect);
    }

    @PostMapping("/referral")
    public String recordReferral(@PathVariable Long id, @ModelAttribute("referralForm") ReferralForm form,
                                 Locale locale, Model model, RedirectAttributes redirect) {
        encounters.requireChange(id);
        PaperErrors errors = new PaperErrors(locale);
        var request = form.toRequest(errors);
        return record(id, "referral", errors, request, ReferralForm.ELEMENTS,
                () -> encounters.recordReferral(id, request), locale, model, redirect);
    }

    @PostMapping("/appointment")
    public String recordAppointment(@PathVariable Long id, @ModelAttribute("appointmentForm") AppointmentForm form,
                                    Locale locale, Model model, RedirectAttributes redirect) {
        encounters.requireChange(id);
        PaperErrors errors = new PaperErrors(locale);
        var request = form.toRequest(errors);
        return record(id, "appointment", errors, request, AppointmentForm.ELEMENTS,
                () -> encounters.recordAppointment(id, request), locale, model, redirect);
    }

    private String record(Long id, String paper, PaperErrors errors, Object request, Map<String, String> elements,
                          Supplier<EncounterView> work, Locale locale, Model model, RedirectAttributes redirect) {
        errors.violations(validator.validate(request));
        if (errors.isEmpty()) {
            try {
                audit.change(Action.UPDATE, Resource.ENCOUNTER, Channel.SCREEN, work, EncounterView::id);
                redirect.addFlashAttribute("notice", Messages.get(locale, "papers." + paper + ".recorded"));
                return "redirect:/reception/encounters/" + id + "#papers";
            } catch (ResourceNotFoundException e) {
                throw e;
            } catch (DomainException e) {
                errors.refused(e, elements);
            }
        }
        model.addAttribute(paper + "Errors", errors);
        if (errors.general() != null) { // about the paper as a whole: at the top, the form may not be offered
            model.addAttribute("error", errors.general());
        }
        return page.show(id, locale, model);
    }
}
