package vn.his.web.api.encounter;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A whole encounter in one call, for systems and commune stations on slow links that record a visit after it has
 * happened: the opening, its lines from the facility catalogue, and optionally the diagnoses and the discharge (the
 * discharge needs the main ICD-10 code, as {@code POST …/finish} does). Recorded in one transaction: a refusal of
 * any part leaves nothing behind. At most {@value #MAX_LINES} lines (an inpatient stay carries hundreds).
 */
public record RecordEncounterRequest(@NotNull @Valid OpenEncounterRequest encounter,
                                     @NotNull @Size(max = RecordEncounterRequest.MAX_LINES)
                                     List<@NotNull @Valid LineRequest> lines,
                                     DiagnosisRequest diagnosis, @Valid FinishRequest finish) {

    public static final int MAX_LINES = 2000;
}
