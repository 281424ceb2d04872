package vn.his.web.reception.cardcheck;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.his.web.reception.ReceptionController;
import vn.his.web.reception.papers.DischargePapersController;

/** Pre-fills the operator's citizen ID of the card-check form on the pages that show it (patient, encounter). */
@ControllerAdvice(assignableTypes = {ReceptionController.class, DischargePapersController.class})
public class CardCheckFormDefaults {

    @ModelAttribute("operatorCccd")
    public String operatorCccd(HttpServletRequest request) {
        return OperatorCccd.remembered(request.getSession(false));
    }
}
