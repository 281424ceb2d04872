package vn.his.web.reception.cardcheck;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.his.web.api.ResourceNotFoundException;

/**
 * "Kiểm tra thẻ trên cổng BHXH" on the patient page and the encounter page (htmx): answers with the fragment
 * {@code reception/card-check :: result}. The citizen ID the user typed as the operator is remembered in the session
 * so the next check is pre-filled ({@link OperatorCccd}).
 */
@Controller
@RequestMapping("/reception")
public class CardCheckController {

    static final String RESULT = "reception/card-check :: result";

    private final CardCheckService service;

    public CardCheckController(CardCheckService service) {
        this.service = service;
    }

    @PostMapping("/patients/{patientId}/card-check")
    public String checkPatientCard(@PathVariable Long patientId, @RequestParam Long cardId,
                                   @RequestParam(required = false) String operatorCccd, HttpSession session,
                                   Locale locale, Model model) {
        CardCheckOutcome outcome = service.checkPatientCard(patientId, cardId, operatorCccd, locale);
        OperatorCccd.remember(session, operatorCccd);
        model.addAttribute("check", outcome);
        return RESULT;
    }

    @PostMapping("/encounters/{encounterId}/card-check")
    public String checkEncounterCard(@PathVariable Long encounterId,
                                     @RequestParam(required = false) String operatorCccd, HttpSession session,
                                     Locale locale, Model model) {
        CardCheckOutcome outcome = service.checkEncounterCard(encounterId, operatorCccd, locale);
        OperatorCccd.remember(session, operatorCccd);
        model.addAttribute("check", outcome);
        return RESULT;
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    public String notFound(ResourceNotFoundException e, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("check", CardCheckOutcome.refused(null, e.localizedMessage(locale)));
        return RESULT;
    }
}
