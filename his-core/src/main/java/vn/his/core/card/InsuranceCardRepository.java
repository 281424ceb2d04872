package vn.his.core.card;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InsuranceCardRepository extends JpaRepository<InsuranceCard, Long> {

    List<InsuranceCard> findByPatientIdOrderByValidFromDesc(Long patientId);

    List<InsuranceCard> findByCardNumber(String cardNumber);

    List<InsuranceCard> findBySocialInsuranceNo(String socialInsuranceNo);
}
