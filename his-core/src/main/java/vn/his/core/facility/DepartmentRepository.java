package vn.his.core.facility;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DepartmentRepository extends JpaRepository<Department, Long> {
    List<Department> findByFacilityIdOrderByCode(Long facilityId);

    @Query("select d from Department d where d.facility.id = :facilityId and d.code = :code")
    Optional<Department> findByFacilityIdAndCode(Long facilityId, String code);
}
