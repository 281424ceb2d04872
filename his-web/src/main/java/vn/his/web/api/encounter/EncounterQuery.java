package vn.his.web.api.encounter;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;

import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterStatus;
import vn.his.web.api.PageView;
import vn.his.web.security.FacilityScope;

/**
 * Lists encounters inside a facility scope, newest arrival first, filtered by facility, status and arrival period
 * [from, to] (days, inclusive), one page at a time with the total count.
 */
@Component
public class EncounterQuery {

    private final EntityManager em;

    public EncounterQuery(EntityManager em) {
        this.em = em;
    }

    public record Filter(FacilityScope scope, Long facilityId, EncounterStatus status, LocalDate from, LocalDate to,
                         String maLk, Long patientId) {
    }

    /** Must run inside a transaction (the caller's). */
    public PageView<Encounter> page(Filter f, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.scope().facilityId() != null) {
            where.append(" and e.facility.id = :scopeFacility");
            params.put("scopeFacility", f.scope().facilityId());
        }
        if (f.scope().provinceCode() != null) {
            where.append(" and e.facility.provinceCode = :scopeProvince");
            params.put("scopeProvince", f.scope().provinceCode());
        }
        if (f.facilityId() != null) {
            where.append(" and e.facility.id = :facility");
            params.put("facility", f.facilityId());
        }
        if (f.status() != null) {
            where.append(" and e.status = :status");
            params.put("status", f.status());
        }
        if (f.from() != null) {
            where.append(" and e.arrivalTime >= :from");
            params.put("from", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            where.append(" and e.arrivalTime < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay());
        }
        if (f.maLk() != null) {
            where.append(" and e.maLk = :maLk");
            params.put("maLk", f.maLk());
        }
        if (f.patientId() != null) {
            where.append(" and e.patient.id = :patient");
            params.put("patient", f.patientId());
        }
        TypedQuery<Long> count = em.createQuery("select count(e) from Encounter e" + where, Long.class);
        TypedQuery<Encounter> rows = em.createQuery("select e from Encounter e join fetch e.patient join fetch e.facility"
                + where + " order by e.arrivalTime desc, e.id desc", Encounter.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<Encounter> items = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new PageView<>(items, page, size, total);
    }
}
