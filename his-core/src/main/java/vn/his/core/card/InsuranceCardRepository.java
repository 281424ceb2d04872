package vn.his.core.card;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InsuranceCardRepository extends JpaRepository<InsuranceCard, Long> {

    List<InsuranceCard> findByPatientIdOrderByValidFromDesc(Long patientId);

    @Query("select c from InsuranceCard c where c.cardNumber = :cardNumber")
    List<InsuranceCard> findByCardNumber(String cardNumber);

    List<InsuranceCard> findBySocialInsuranceNo(String socialInsuranceNo);
}
