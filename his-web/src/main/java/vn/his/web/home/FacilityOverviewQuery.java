package vn.his.web.home;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.common.ClinicalTime;
import vn.his.core.encounter.EncounterRepository;
import vn.his.core.encounter.EncounterStatus;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;

/** Facilities with encounter counts by status, for the home page. */
@Service
public class FacilityOverviewQuery {

    private final FacilityRepository facilities;
    private final EncounterRepository encounters;
    private final ClinicalTime time;

    public FacilityOverviewQuery(FacilityRepository facilities, EncounterRepository encounters, ClinicalTime time) {
        this.facilities = facilities;
        this.encounters = encounters;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public List<FacilityOverview> all() {
        Map<Long, Map<EncounterStatus, Long>> counts = new HashMap<>();
        for (Object[] row : encounters.countByFacilityAndStatus()) {
            counts.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((EncounterStatus) row[1], (Long) row[2]);
        }
        return facilities.findAll().stream()
                .sorted(Comparator.comparing(Facility::routeLevel).thenComparing(Facility::name))
                .map(f -> {
                    Map<EncounterStatus, Long> c = counts.getOrDefault(f.id(), Map.of());
                    return new FacilityOverview(f.id(), f.name(), f.codeOn(time.today()).orElse("—"),
                            f.routeLevel().name(), f.careLevel().name(),
                            c.getOrDefault(EncounterStatus.OPEN, 0L) + c.getOrDefault(EncounterStatus.CORRECTING, 0L),
                            c.getOrDefault(EncounterStatus.FINISHED, 0L), c.getOrDefault(EncounterStatus.SETTLED, 0L),
                            f.demoData());
                }).toList();
    }
}
