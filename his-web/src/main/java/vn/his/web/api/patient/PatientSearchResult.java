package vn.his.web.api.patient;

import java.util.List;

/** Patients found, with warnings when several records look like the same person (registered twice). */
public record PatientSearchResult(List<PatientView> items, List<String> warnings) {
}
