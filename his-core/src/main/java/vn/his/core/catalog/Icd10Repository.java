package vn.his.core.catalog;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Icd10Repository extends JpaRepository<Icd10Code, Long> {

    @Query("select count(c) > 0 from Icd10Code c where c.code = :code and c.validFrom <= :date "
            + "and (c.validTo is null or c.validTo >= :date)")
    boolean existsOn(String code, LocalDate date);

    @Query("select c from Icd10Code c where (c.code like concat(:prefix, '%') or lower(c.nameVi) like lower(concat('%', :text, '%'))) "
            + "and c.validFrom <= :date and (c.validTo is null or c.validTo >= :date) order by c.code")
    List<Icd10Code> search(String prefix, String text, LocalDate date, Pageable page);
}
