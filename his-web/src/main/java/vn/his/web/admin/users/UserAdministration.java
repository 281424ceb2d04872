package vn.his.web.admin.users;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.his.core.common.ClinicalTime;
import vn.his.core.common.DomainException;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.web.admin.AdminAccess;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Action;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;
import vn.his.web.security.HisUser;
import vn.his.web.security.HisUserRepository;
import vn.his.web.security.LockoutStore.LockedAccount;
import vn.his.web.security.LoginThrottle;
import vn.his.web.security.RecentUsers;
import vn.his.web.security.Role;
import vn.his.web.security.SignedInUser;

/**
 * The administrators' management of users (issue 5): list, create, change roles and facility, disable and enable,
 * reset the password, lift a sign-in lock. Only an ADMIN passes ({@link AdminAccess}); every change is written to the
 * audit trail in the same transaction (resource USER, the user's id, what changed — never a password). An
 * administrator cannot disable themselves or drop their own ADMIN role, and the last enabled administrator stays.
 */
@ConditionalOnWebApplication // not in the export command (no web server, no password encoder or throttle)
@Service
public class UserAdministration {

    private final HisUserRepository users;
    private final FacilityRepository facilities;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final AdminAccess admin;
    private final ClinicalTime time;
    private final RecentUsers recentUsers;

    public UserAdministration(HisUserRepository users, FacilityRepository facilities, PasswordEncoder encoder,
                              LoginThrottle throttle, AuditTrail audit, AdminAccess admin, ClinicalTime time,
                              RecentUsers recentUsers) {
        this.users = users;
        this.facilities = facilities;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.admin = admin;
        this.time = time;
        this.recentUsers = recentUsers;
    }

    @Transactional(readOnly = true)
    public List<UserRow> list() {
        admin.require();
        Map<String, Instant> locks = throttle.lockedAccounts().stream()
                .collect(Collectors.toMap(LockedAccount::username, LockedAccount::lockedUntil, (a, b) -> a));
        return users.findAll().stream().sorted(Comparator.comparing(HisUser::username))
                .map(u -> row(u, locks.get(u.username()))).toList();
    }

    @Transactional(readOnly = true)
    public UserRow get(long id) {
        admin.require();
        HisUser u = find(id);
        return row(u, throttle.lockedAccounts().stream().filter(l -> l.username().equals(u.username()))
                .map(LockedAccount::lockedUntil).findFirst().orElse(null));
    }

    /** The user names locked now (known users and unknown names alike), with their failures. */
    public List<LockedAccount> locked() {
        admin.require();
        return throttle.lockedAccounts();
    }

    @Transactional
    public UserRow create(UserForm form, Channel channel) {
        admin.require();
        String username = form.username() == null ? "" : form.username().strip().toLowerCase();
        if (!username.matches("[a-z0-9._-]{2,60}")) {
            throw new InvalidRequestException("admin.user.username.invalid", "username", username);
        }
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidRequestException("admin.user.username.taken", "username", username);
        }
        PasswordPolicy.check(username, form.password());
        Set<Role> roles = roles(form.roles());
        Facility facility = facility(form.facilityId(), roles);
        HisUser u = users.save(new HisUser(username, encoder.encode(form.password()), form.fullName(), facility, roles,
                time.now()));
        audit.record(Action.CREATE, Resource.USER, u.id(), channel,
                "create " + username + " roles=" + names(roles) + " facility=" + facilityCode(facility));
        return row(u, null);
    }

    @Transactional
    public UserRow update(long id, UserForm form, Channel channel) {
        SignedInUser me = admin.require();
        HisUser u = find(id);
        Set<Role> roles = roles(form.roles());
        Facility facility = facility(form.facilityId(), roles);
        if (u.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            refuseIfSelf(me, u);
            refuseIfLastAdmin(u);
        }
        String before = "roles=" + names(u.roles()) + " facility=" + facilityCode(u.facility());
        u.assign(roles, facility);
        u.rename(form.fullName());
        forgetAtCommit(u.username());
        audit.record(Action.UPDATE, Resource.USER, u.id(), channel, "update " + u.username() + " " + before + " -> roles="
                + names(roles) + " facility=" + facilityCode(facility));
        return row(u, null);
    }

    @Transactional
    public UserRow setEnabled(long id, boolean enabled, Channel channel) {
        SignedInUser me = admin.require();
        HisUser u = find(id);
        if (!enabled) {
            refuseIfSelf(me, u);
            if (u.roles().contains(Role.ADMIN)) {
                refuseIfLastAdmin(u);
            }
            u.disable();
        } else {
            u.enable();
        }
        forgetAtCommit(u.username());
        audit.record(Action.UPDATE, Resource.USER, u.id(), channel, (enabled ? "enable " : "disable ") + u.username());
        return row(u, null);
    }

    @Transactional
    public void resetPassword(long id, String password, Channel channel) {
        admin.require();
        HisUser u = find(id);
        PasswordPolicy.check(u.username(), password);
        u.changePassword(encoder.encode(password));
        forgetAtCommit(u.username());
        audit.record(Action.UPDATE, Resource.USER, u.id(), channel, "reset password " + u.username());
    }

    /**
     * Lifts the sign-in lock of a user name; the audit row names the user (id 0 for a name that is no user: locks
     * count unknown names too).
     */
    @Transactional
    public boolean unlock(String username, Channel channel) {
        admin.require();
        String name = username == null ? "" : username.strip().toLowerCase();
        boolean had = throttle.unlock(name);
        long id = users.findByUsername(name).map(HisUser::id).orElse(0L);
        audit.record(Action.UPDATE, Resource.USER, id, channel, "unlock " + name);
        return had;
    }

    /**
     * Sign-in stops using what this node remembers of the user ({@link RecentUsers}) now and again once the change is
     * committed, so a sign-in that read the old row in between cannot keep it.
     */
    private void forgetAtCommit(String username) {
        recentUsers.removeUserFromCache(username);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    recentUsers.removeUserFromCache(username);
                }
            });
        }
    }

    private HisUser find(long id) {
        return users.findById(id).orElseThrow(() -> new ResourceNotFoundException("admin.user.notFound", id));
    }

    private Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String n : names) {
            if (n == null || n.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(n.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("admin.user.role.unknown", "roles", n);
            }
        }
        if (roles.isEmpty()) {
            throw new InvalidRequestException("admin.user.roles.empty", "roles");
        }
        return roles;
    }

    private Facility facility(Long facilityId, Set<Role> roles) {
        if (facilityId == null) {
            if (!roles.contains(Role.ADMIN)) {
                throw new InvalidRequestException("admin.user.facility.required", "facilityId");
            }
            return null;
        }
        return facilities.findById(facilityId)
                .orElseThrow(() -> new InvalidRequestException("admin.user.facility.unknown", "facilityId", facilityId));
    }

    private static void refuseIfSelf(SignedInUser me, HisUser u) {
        if (me.getUsername().equals(u.username())) {
            throw new DomainException("admin.user.self");
        }
    }

    private void refuseIfLastAdmin(HisUser u) {
        long others = users.findAll().stream()
                .filter(o -> o.enabled() && o.roles().contains(Role.ADMIN) && !o.id().equals(u.id())).count();
        if (others == 0) {
            throw new DomainException("admin.user.lastAdmin");
        }
    }

    private UserRow row(HisUser u, Instant lockedUntil) {
        Facility f = u.facility();
        LocalDateTime until = lockedUntil == null ? null
                : LocalDateTime.ofInstant(lockedUntil, ClinicalTime.VIETNAM);
        return new UserRow(u.id(), u.username(), u.fullName(), f == null ? null : f.id(), facilityCode(f),
                f == null ? null : f.name(), u.roles().stream().sorted().toList(), u.enabled(), u.demoData(),
                u.createdAt(), until);
    }

    private String facilityCode(Facility f) {
        return f == null ? "-" : f.codeOn(time.today()).orElse("#" + f.id());
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
