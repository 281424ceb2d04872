package vn.his.web.security;

import vn.his.core.facility.Facility;

/**
 * The facilities a user may read: all of them, those of one province, or one facility. Queries use {@link #facilityId}
 * and {@link #provinceCode} as filters (both null: no filter).
 */
public record FacilityScope(Long facilityId, String provinceCode, boolean all) {

    public static FacilityScope everything() {
        return new FacilityScope(null, null, true);
    }

    public static FacilityScope province(String provinceCode) {
        if (provinceCode == null) {
            throw new AccessRefusedException("access.noFacility");
        }
        return new FacilityScope(null, provinceCode, false);
    }

    public static FacilityScope facility(Long facilityId) {
        if (facilityId == null) {
            throw new AccessRefusedException("access.noFacility");
        }
        return new FacilityScope(facilityId, null, false);
    }

    public boolean includes(Facility f) {
        if (all) {
            return true;
        }
        if (facilityId != null) {
            return facilityId.equals(f.id());
        }
        return provinceCode.equals(f.provinceCode());
    }
}
