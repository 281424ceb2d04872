package vn.his.core.facility;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FacilityRepository extends JpaRepository<Facility, Long> {

    @Query("select distinct f from Facility f join f.codes c where c.code = :code")
    List<Facility> findAllByCode(String code);

    default Optional<Facility> findByCode(String code) {
        return findAllByCode(code).stream().findFirst();
    }

    List<Facility> findByProvinceCodeOrderByName(String provinceCode);
}
