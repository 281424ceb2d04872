package vn.his.core.patient;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PatientRepository extends JpaRepository<Patient, Long> {

    @Query("select p from Patient p where p.patientCode = :patientCode")
    Optional<Patient> findByPatientCode(String patientCode);

    List<Patient> findByCitizenId(String citizenId);

    List<Patient> findByNameKeyAndBirthYear(String nameKey, int birthYear);

    List<Patient> findByNameKeyStartingWithOrderByNameKey(String prefix, Pageable page);
}
