package vn.his.web.admin.facility;

import java.io.IOException;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.his.core.common.DomainException;
import vn.his.web.admin.AdminAccess;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.audit.AuditTrail.Channel;

/**
 * Facilities (list and read-only details with the gateway account and certificate forms) and the job schedules. The
 * forms never show a password back; a refusal comes back as a message on the page.
 */
@ConditionalOnWebApplication // not in the export command (no web server, no password encoder or throttle)
@Controller
@RequestMapping("/admin")
public class FacilityScreenController {

    private final FacilityAdministration facilities;
    private final JobSchedules jobs;
    private final AdminAccess admin;

    public FacilityScreenController(FacilityAdministration facilities, JobSchedules jobs, AdminAccess admin) {
        this.facilities = facilities;
        this.jobs = jobs;
        this.admin = admin;
    }

    @GetMapping("/facilities")
    public String list(Model model) {
        model.addAttribute("user", admin.require());
        model.addAttribute("rows", facilities.list());
        return "admin/facilities";
    }

    @GetMapping("/facilities/{id}")
    public String facility(@PathVariable long id, Model model) {
        model.addAttribute("user", admin.require());
        model.addAttribute("f", facilities.get(id));
        return "admin/facility";
    }

    @PostMapping("/facilities/{id}/gateway")
    public String gateway(@PathVariable long id, @RequestParam(defaultValue = "") String username,
                          @RequestParam(defaultValue = "") String password, Locale locale,
                          RedirectAttributes redirect) {
        return change(id, locale, redirect, "admin.gateway.saved",
                () -> facilities.setGatewayAccount(id, username, password, Channel.SCREEN));
    }

    @PostMapping("/facilities/{id}/certificate")
    public String certificate(@PathVariable long id, @RequestParam("file") MultipartFile file,
                              @RequestParam(defaultValue = "") String password,
                              @RequestParam(defaultValue = "") String alias, Locale locale,
                              RedirectAttributes redirect) throws IOException {
        byte[] content = file.getBytes();
        return change(id, locale, redirect, "admin.cert.saved",
                () -> facilities.uploadCertificate(id, content, password, alias, Channel.SCREEN));
    }

    @GetMapping("/jobs")
    public String jobs(Model model) {
        model.addAttribute("user", admin.require());
        model.addAttribute("available", jobs.available());
        model.addAttribute("rows", jobs.list());
        return "admin/jobs";
    }

    private String change(long id, Locale locale, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", doneKey);
        } catch (ResourceNotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.localizedMessage(locale));
        }
        return "redirect:/admin/facilities/" + id;
    }
}
