package vn.his.web.submissions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.his.export.outbox.SubmissionKind;
import vn.his.export.outbox.SubmissionStatus;

/**
 * Filters of the submission list; every one may be empty. {@code from} and {@code to} are days of the submission's
 * creation (queueing), both included.
 */
public record SubmissionFilter(List<String> facilities, Set<SubmissionStatus> statuses, SubmissionKind kind,
                               String maLk, LocalDate from, LocalDate to) {

    public SubmissionFilter {
        facilities = facilities == null ? List.of() : List.copyOf(facilities);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
