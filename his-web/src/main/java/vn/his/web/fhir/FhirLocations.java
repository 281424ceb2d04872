package vn.his.web.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Location;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.facility.Department;
import vn.his.core.facility.DepartmentRepository;
import vn.his.core.facility.FacilityRepository;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.FacilityScope;

/**
 * Departments as FHIR Locations. Like the facilities (Organization), departments are reference data that every
 * signed-in user may read (encounters name them by MA_KHOA); a search without an organization lists the departments of
 * the facilities in the user's scope, so that it stays small.
 */
@Service
public class FhirLocations {

    private static final int SEARCH_LIMIT = 500;

    private final DepartmentRepository departments;
    private final FacilityRepository facilities;
    private final AccessPolicy access;

    public FhirLocations(DepartmentRepository departments, FacilityRepository facilities, AccessPolicy access) {
        this.departments = departments;
        this.facilities = facilities;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Location location(Long id) {
        access.current();
        return FhirMapper.location(departments.findById(id)
                .orElseThrow(() -> new ResourceNotFoundException("fhir.location.notFound", id)));
    }

    /** Departments of one facility, or of the facilities in the user's scope; optionally only one MA_KHOA. */
    @Transactional(readOnly = true)
    public List<Location> locations(Long facilityId, String departmentCode) {
        FacilityScope scope = access.scope();
        List<Department> found;
        if (facilityId != null) {
            facilities.findById(facilityId)
                    .orElseThrow(() -> new ResourceNotFoundException("api.facility.notFound", facilityId));
            found = departments.findByFacilityIdOrderByCode(facilityId);
        } else {
            found = departments.findAll().stream().filter(d -> scope.includes(d.facility())).toList();
        }
        return found.stream()
                .filter(d -> departmentCode == null || d.code().equalsIgnoreCase(departmentCode.strip()))
                .limit(SEARCH_LIMIT).map(FhirMapper::location).toList();
    }
}
