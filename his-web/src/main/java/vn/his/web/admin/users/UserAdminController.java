package vn.his.web.admin.users;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.security.LockoutStore.LockedAccount;

/**
 * The users API for administrators ({@code /api/v1/admin}): the same rules and audit as the screens; refusals are
 * problem+json (400 with the field, 404 unknown user, 403 not an administrator, 422 a refused rule).
 */
@ConditionalOnWebApplication // not in the export command (no web server, no password encoder or throttle)
@RestController
@RequestMapping("/api/v1/admin")
public class UserAdminController {

    /** Body of a password reset. */
    public record PasswordRequest(String password) {
    }

    private final UserAdministration users;

    public UserAdminController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping("/users")
    public List<UserRow> list() {
        return users.list();
    }

    @GetMapping("/users/{id}")
    public UserRow get(@PathVariable long id) {
        return users.get(id);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    public UserRow create(@RequestBody UserForm form) {
        return users.create(form, Channel.API);
    }

    /** New full name, roles and facility (user name and password are not changed here). */
    @PutMapping("/users/{id}")
    public UserRow update(@PathVariable long id, @RequestBody UserForm form) {
        return users.update(id, form, Channel.API);
    }

    @PostMapping("/users/{id}/enable")
    public UserRow enable(@PathVariable long id) {
        return users.setEnabled(id, true, Channel.API);
    }

    @PostMapping("/users/{id}/disable")
    public UserRow disable(@PathVariable long id) {
        return users.setEnabled(id, false, Channel.API);
    }

    @PostMapping("/users/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void password(@PathVariable long id, @RequestBody PasswordRequest body) {
        users.resetPassword(id, body == null ? null : body.password(), Channel.API);
    }

    @GetMapping("/lockouts")
    public List<LockedAccount> lockouts() {
        return users.locked();
    }

    @DeleteMapping("/lockouts/{username}")
    public Map<String, Object> unlock(@PathVariable String username) {
        return Map.of("username", username, "wasLocked", users.unlock(username, Channel.API));
    }
}
