package vn.his.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.his.web.security.AccessPolicy;
import vn.his.web.security.Role;
import vn.his.web.security.SignedInUser;

/** The start page: facilities of the province with their encounter counts. */
@Controller
public class HomeController {

    private final FacilityOverviewQuery overview;
    private final AccessPolicy access;

    public HomeController(FacilityOverviewQuery overview, AccessPolicy access) {
        this.overview = overview;
        this.access = access;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("facilities", overview.all());
        // the cashier's screens, for the roles that may read settlements
        SignedInUser user = access.current();
        model.addAttribute("settlementLink", user.has(Role.BILLING_CLERK) || user.has(Role.ADMIN)
                || user.has(Role.INSURANCE_OFFICER));
        model.addAttribute("officerLink", user.has(Role.INSURANCE_OFFICER) || user.has(Role.BILLING_CLERK)
                || user.has(Role.ADMIN));
        model.addAttribute("adminLink", user.has(Role.ADMIN));
        return "home";
    }
}
