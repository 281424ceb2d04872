package vn.his.web.admin;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.his.core.common.DomainException;
import vn.his.web.admin.catalog.CatalogScreenController;
import vn.his.web.admin.facility.FacilityScreenController;
import vn.his.web.admin.users.UserScreenController;
import vn.his.web.api.ResourceNotFoundException;

/** A refusal on an administrator's page that no form catches: 404 for an unknown record, else 400, with the message. */
@ConditionalOnWebApplication // not in the export command (no web server, no password encoder or throttle)
// only the admin screens (selectors are OR-ed: a package or annotation selector would also catch the REST controllers)
@ControllerAdvice(assignableTypes = {AdminHomeController.class, UserScreenController.class,
        CatalogScreenController.class, FacilityScreenController.class})
public class AdminScreenErrors {

    private final AdminAccess admin;

    public AdminScreenErrors(AdminAccess admin) {
        this.admin = admin;
    }

    @ExceptionHandler(DomainException.class)
    public String refused(DomainException e, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(e instanceof ResourceNotFoundException || e.messageKey().endsWith(".notFound")
                ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("user", admin.require());
        model.addAttribute("error", e.localizedMessage(locale));
        return "admin/home";
    }
}
