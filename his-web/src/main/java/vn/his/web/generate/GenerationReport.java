package vn.his.web.generate;

import java.util.List;
import java.util.Map;

/**
 * What was generated: the new facilities (ids and MA_CSKCB), counts, encounters per kind of visit, order lines and
 * the time it took.
 */
public record GenerationReport(List<Long> facilityIds, List<String> facilityCodes, int patients, int cards,
                               int encounters, int finished, long lines, Map<String, Integer> encountersByKind,
                               long millis) {

    public GenerationReport {
        facilityIds = List.copyOf(facilityIds);
        facilityCodes = List.copyOf(facilityCodes);
        encountersByKind = Map.copyOf(encountersByKind);
    }
}
