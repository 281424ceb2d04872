package vn.his.core.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CatalogItemRepository extends JpaRepository<CatalogItem, Long> {

    @Query("select i from CatalogItem i where i.facility.id = :facilityId and i.code = :code and i.validFrom <= :date "
            + "and (i.validTo is null or i.validTo >= :date)")
    Optional<CatalogItem> findValid(Long facilityId, String code, LocalDate date);

    List<CatalogItem> findByFacilityIdOrderByKindAscCodeAsc(Long facilityId);

    /** Every item of a facility's catalogue, all validity periods, as values (nothing enters the persistence context). */
    @Query("select new vn.his.core.catalog.CatalogEntry(i.kind, i.code, i.activeIngredient, i.validFrom, i.validTo) "
            + "from CatalogItem i where i.facility.id = :facilityId")
    List<CatalogEntry> entriesOf(Long facilityId);

    long countByFacilityId(Long facilityId);
}
