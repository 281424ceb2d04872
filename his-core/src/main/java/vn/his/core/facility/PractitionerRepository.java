package vn.his.core.facility;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PractitionerRepository extends JpaRepository<Practitioner, Long> {
    List<Practitioner> findByFacilityIdOrderByFullName(Long facilityId);

    @Query("select p from Practitioner p where p.facility.id = :facilityId and p.certificateNo = :certificateNo")
    Optional<Practitioner> findByFacilityIdAndCertificateNo(Long facilityId, String certificateNo);
}
