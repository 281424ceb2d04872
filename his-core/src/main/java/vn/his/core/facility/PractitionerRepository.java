package vn.his.core.facility;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PractitionerRepository extends JpaRepository<Practitioner, Long> {
    List<Practitioner> findByFacilityIdOrderByFullName(Long facilityId);

    Optional<Practitioner> findByFacilityIdAndCertificateNo(Long facilityId, String certificateNo);
}
