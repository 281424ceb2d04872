package vn.his.core.facility;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentRepository extends JpaRepository<Department, Long> {
    List<Department> findByFacilityIdOrderByCode(Long facilityId);

    Optional<Department> findByFacilityIdAndCode(Long facilityId, String code);
}
