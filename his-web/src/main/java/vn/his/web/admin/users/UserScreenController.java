package vn.his.web.admin.users;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.his.core.common.ClinicalTime;
import vn.his.core.common.DomainException;
import vn.his.core.facility.FacilityRepository;
import vn.his.web.admin.AdminAccess;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.security.Role;

/**
 * The users screens under {@code /admin/users} and the sign-in locks under {@code /admin/lockouts}. Every rule is in
 * {@link UserAdministration}; a refusal comes back on the page as a Vietnamese (or English) message, and a form never
 * shows a password again.
 */
@ConditionalOnWebApplication // not in the export command (no web server, no password encoder or throttle)
@Controller
@RequestMapping("/admin")
public class UserScreenController {

    private final UserAdministration users;
    private final FacilityRepository facilities;
    private final AdminAccess admin;

    public UserScreenController(UserAdministration users, FacilityRepository facilities, AdminAccess admin) {
        this.users = users;
        this.facilities = facilities;
        this.admin = admin;
    }

    @GetMapping("/users")
    public String list(Model model) {
        return listPage(model, new UserForm("", "", null, null, List.of()));
    }

    @PostMapping("/users")
    public String create(@RequestParam(defaultValue = "") String username,
                         @RequestParam(defaultValue = "") String fullName,
                         @RequestParam(defaultValue = "") String password,
                         @RequestParam(required = false) Long facilityId,
                         @RequestParam(required = false) List<String> roles, Locale locale, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        UserForm form = new UserForm(username, fullName, password, facilityId, roles);
        try {
            UserRow created = users.create(form, Channel.SCREEN);
            redirect.addFlashAttribute("done", "admin.user.created");
            return "redirect:/admin/users/" + created.id();
        } catch (ResourceNotFoundException e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.localizedMessage(locale));
            return listPage(model, new UserForm(username, fullName, null, facilityId, roles));
        }
    }

    @GetMapping("/users/{id}")
    public String user(@PathVariable long id, Model model) {
        model.addAttribute("user", admin.require());
        model.addAttribute("row", users.get(id));
        model.addAttribute("allRoles", Arrays.asList(Role.values()));
        model.addAttribute("facilities", facilities.findAll());
        return "admin/user";
    }

    @PostMapping("/users/{id}")
    public String update(@PathVariable long id, @RequestParam(defaultValue = "") String fullName,
                         @RequestParam(required = false) Long facilityId,
                         @RequestParam(required = false) List<String> roles, Locale locale,
                         RedirectAttributes redirect) {
        return change(id, locale, redirect, "admin.user.updated",
                () -> users.update(id, new UserForm(null, fullName, null, facilityId, roles), Channel.SCREEN));
    }

    @PostMapping("/users/{id}/enabled")
    public String enabled(@PathVariable long id, @RequestParam boolean enabled, Locale locale,
                          RedirectAttributes redirect) {
        return change(id, locale, redirect, enabled ? "admin.user.enabledDone" : "admin.user.disabledDone",
                () -> users.setEnabled(id, enabled, Channel.SCREEN));
    }

    @PostMapping("/users/{id}/password")
    public String password(@PathVariable long id, @RequestParam(defaultValue = "") String password, Locale locale,
                           RedirectAttributes redirect) {
        return change(id, locale, redirect, "admin.user.passwordDone",
                () -> users.resetPassword(id, password, Channel.SCREEN));
    }

    @PostMapping("/users/{id}/unlock")
    public String unlockUser(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return change(id, locale, redirect, "admin.lockout.unlocked",
                () -> users.unlock(users.get(id).username(), Channel.SCREEN));
    }

    @GetMapping("/lockouts")
    public String lockouts(Model model) {
        model.addAttribute("user", admin.require());
        model.addAttribute("locked", users.locked().stream().map(l -> new LockView(l.username(), l.failures(),
                LocalDateTime.ofInstant(l.lockedUntil(), ClinicalTime.VIETNAM))).toList());
        return "admin/lockouts";
    }

    @PostMapping("/lockouts/unlock")
    public String unlock(@RequestParam String username, RedirectAttributes redirect) {
        users.unlock(username, Channel.SCREEN);
        redirect.addFlashAttribute("done", "admin.lockout.unlocked");
        return "redirect:/admin/lockouts";
    }

    /** A lock as the page shows it (end in Vietnam time). */
    public record LockView(String username, int failures, LocalDateTime lockedUntil) {
    }

    private String listPage(Model model, UserForm form) {
        model.addAttribute("user", admin.require());
        model.addAttribute("rows", users.list());
        model.addAttribute("form", form);
        model.addAttribute("allRoles", Arrays.asList(Role.values()));
        model.addAttribute("facilities", facilities.findAll());
        return "admin/users";
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
        return "redirect:/admin/users/" + id;
    }
}
