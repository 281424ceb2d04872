package vn.his.core.encounter;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.his.core.facility.Facility;

public interface EncounterRepository extends JpaRepository<Encounter, Long> {

    /** The facilities of the encounters a card period was presented at (each once). */
    @Query("select distinct c.encounter.facility from EncounterCard c where c.cardId = :cardId")
    List<Facility> facilitiesPresentingCard(Long cardId);

    @Query("select e from Encounter e where e.maLk = :maLk")
    Optional<Encounter> findByMaLk(String maLk);

    List<Encounter> findByPatientIdOrderByArrivalTimeDesc(Long patientId);

    @Query("select e.facility.id, e.status, count(e) from Encounter e group by e.facility.id, e.status")
    List<Object[]> countByFacilityAndStatus();
}
