package vn.his.web.admin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' start page: links to users, locks, catalogue import, facilities and jobs. */
@ConditionalOnWebApplication // not in the export command (no web server, no password encoder or throttle)
@Controller
public class AdminHomeController {

    private final AdminAccess admin;

    public AdminHomeController(AdminAccess admin) {
        this.admin = admin;
    }

    @GetMapping("/admin")
    public String home(Model model) {
        model.addAttribute("user", admin.require());
        return "admin/home";
    }
}
