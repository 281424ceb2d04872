package vn.his.web.claims;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityCode;
import vn.his.core.facility.FacilityRepository;
import vn.his.export.claim.StoredClaim;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.AccessRefusedException;
import vn.his.web.security.FacilityScope;
import vn.his.web.security.Role;

/**
 * Who may see and act on claims in the claims API, with the facility rules of {@link AccessPolicy}. Claims are read
 * and exported by the roles that submit or assess them — billing clerk, insurance officer, administrator; not commune
 * staff or clinicians (the same roles {@code SecurityConfiguration} lets through to {@code /api/v1/claims/**} and
 * {@code /api/v1/exports/**}, checked again here so that the rule holds whatever the URL) — each within their scope:
 * a billing clerk their own facility, an insurance officer every facility of their province, an administrator all.
 * Re-assessing writes a new claim version of the facility, so it is for the facility's billing clerk (own facility
 * only) or an administrator; an insurance officer reads but never changes a facility's records.
 */
@Component
public class ClaimAccess {

    private final AccessPolicy access;
    private final FacilityRepository facilities;

    public ClaimAccess(AccessPolicy access, FacilityRepository facilities) {
        this.access = access;
        this.facilities = facilities;
    }

    /** Refuses (403) a user whose role may not read or export claims. */
    public void requireClaimRole() {
        access.requireAnyRole(Role.BILLING_CLERK, Role.INSURANCE_OFFICER, Role.ADMIN);
    }

    /**
     * The facility codes (MA_CSKCB) a query may cover: the requested ones after checking each exists (400) and is in
     * the user's scope (403); when none is requested, every code of the facilities in scope — an empty list (no
     * filter) only for a user who reads everything.
     */
    @Transactional(readOnly = true)
    public List<String> readableCodes(List<String> requested, String field) {
        requireClaimRole();
        FacilityScope scope = access.scope();
        if (requested != null && !requested.isEmpty()) {
            for (String code : requested) {
                Facility f = facilities.findByCode(code)
                        .orElseThrow(() -> new InvalidRequestException("claim.api.facilityUnknown", field, code));
                access.requireRead(f);
            }
            return List.copyOf(requested);
        }
        if (scope.all()) {
            return List.of();
        }
        List<Facility> inScope = scope.facilityId() != null
                ? facilities.findById(scope.facilityId()).stream().toList()
                : facilities.findByProvinceCodeOrderByName(scope.provinceCode());
        List<String> codes = new ArrayList<>();
        for (Facility f : inScope) {
            f.codes().stream().map(FacilityCode::code).forEach(codes::add);
        }
        if (codes.isEmpty()) {
            // an empty list means "every facility" to the claim queries: never hand it to a scoped user
            throw new AccessRefusedException("access.noFacility");
        }
        return codes;
    }

    /** Refuses (403) reading a claim of a facility outside the user's scope. */
    @Transactional(readOnly = true)
    public void requireRead(StoredClaim claim) {
        requireClaimRole();
        access.requireRead(facilityOf(claim));
    }

    /** Refuses (403) re-assessing unless a billing clerk of the claim's facility or an administrator. */
    @Transactional(readOnly = true)
    public void requireReassess(StoredClaim claim) {
        Facility f = facilityOf(claim);
        access.requireRead(f);
        access.requireAnyRole(Role.BILLING_CLERK, Role.ADMIN);
        access.requireChangeAt(f);
    }

    private Facility facilityOf(StoredClaim claim) {
        return facilities.findByCode(claim.facilityCode())
                .orElseThrow(() -> new ResourceNotFoundException("api.facility.notFound", claim.facilityCode()));
    }
}
