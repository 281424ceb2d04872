package vn.his.web.security;

import java.util.Arrays;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.his.core.encounter.Encounter;
import vn.his.core.facility.Facility;

/**
 * Facility scoping, enforced by the application services of the API, the FHIR endpoint and the screens (not only by
 * what a page shows): every user reads and changes the encounters of their own facility; an insurance officer reads
 * (never changes) the encounters of every facility of their facility's province; an administrator reads and changes
 * everything. Patients are province-wide records (one MA_BN per person): every signed-in user may find them, and the
 * roles that record encounters may register them and their cards.
 */
@Component
public class AccessPolicy {

    /** The user of the current request; refuses when nobody is signed in. */
    public SignedInUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
            throw new AuthenticationCredentialsNotFoundException("not signed in");
        }
        return user;
    }

    /** Which facilities the current user may read. */
    public FacilityScope scope() {
        SignedInUser u = current();
        if (u.has(Role.ADMIN)) {
            return FacilityScope.everything();
        }
        if (u.has(Role.INSURANCE_OFFICER)) {
            return FacilityScope.province(u.provinceCode());
        }
        return FacilityScope.facility(u.facilityId());
    }

    public boolean canRead(Facility facility) {
        return scope().includes(facility);
    }

    /** Refuses (403) reading anything of a facility outside the user's scope. */
    public void requireRead(Facility facility) {
        if (!canRead(facility)) {
            throw new AccessRefusedException("access.facility", facility.name());
        }
    }

    public void requireRead(Encounter encounter) {
        if (!canRead(encounter.facility())) {
            throw new AccessRefusedException("access.encounter", encounter.id());
        }
    }

    /** Refuses (403) changing an encounter: only recording roles of its own facility, or an administrator. */
    public void requireChange(Encounter encounter) {
        requireRead(encounter);
        requireChangeAt(encounter.facility());
    }

    /** Refuses (403) recording anything at {@code facility} unless it is the user's own (or the user is an ADMIN). */
    public void requireChangeAt(Facility facility) {
        SignedInUser u = current();
        if (u.has(Role.ADMIN)) {
            return;
        }
        requireRecordingRole();
        if (u.facilityId() == null || !u.facilityId().equals(facility.id())) {
            throw new AccessRefusedException("access.facility", facility.name());
        }
    }

    /** Refuses (403) a user none of whose roles records clinical data (an insurance officer). */
    public void requireRecordingRole() {
        SignedInUser u = current();
        if (u.roles().stream().noneMatch(Role::recordsEncounters)) {
            throw new AccessRefusedException("access.role", u.getUsername());
        }
    }

    /** Refuses (403) a user holding none of {@code roles}. */
    public void requireAnyRole(Role... roles) {
        SignedInUser u = current();
        if (Arrays.stream(roles).noneMatch(u::has)) {
            throw new AccessRefusedException("access.role", u.getUsername());
        }
    }
}
