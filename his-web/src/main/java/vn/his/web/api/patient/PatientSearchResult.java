package vn.his.web.api.patient;

import java.util.List;

/**
 * One page of the patients found (as {@link vn.his.web.api.PageView}: {@code items}, {@code page}, {@code size},
 * {@code total}), with warnings when several records of the whole result look like the same person (registered twice).
 */
public record PatientSearchResult(List<PatientView> items, List<String> warnings, int page, int size, long total) {
}
