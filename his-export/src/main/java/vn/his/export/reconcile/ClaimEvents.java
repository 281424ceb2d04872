package vn.his.export.reconcile;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends to the status history of claim versions ({@code claim_status_event}), in the caller's transaction, so a
 * change and its history row commit or roll back together. Never updates or deletes a row.
 */
public class ClaimEvents {

    /** Who made a change the system made by itself (dispatcher, assessment on settlement). */
    public static final String SYSTEM = "system";

    /** One history row to write. Amounts and references may be {@code null}. */
    public record Event(String maLk, int claimNo, String facilityCode, ClaimStage stage, LocalDateTime at,
                        BigDecimal claimed, BigDecimal accepted, BigDecimal refused, Long submissionId,
                        String maGiaoDich, Long importId, String actor, String note) {

        public Event {
            Objects.requireNonNull(maLk, "maLk");
            Objects.requireNonNull(facilityCode, "facilityCode");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(at, "at");
        }

        public static Event of(String maLk, int claimNo, String facilityCode, ClaimStage stage, LocalDateTime at,
                               String actor, String note) {
            return new Event(maLk, claimNo, facilityCode, stage, at, null, null, null, null, null, null, actor, note);
        }
    }

    private final JdbcTemplate jdbc;

    public ClaimEvents(JdbcTemplate jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    public void append(Event e) {
        jdbc.update("INSERT INTO claim_status_event (ma_lk, claim_no, facility_code, stage, happened_at, amount_claimed, "
                        + "amount_accepted, amount_refused, submission_id, ma_giao_dich, import_id, actor, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.maLk(), e.claimNo(), e.facilityCode(), e.stage().name(), Timestamp.valueOf(e.at()), e.claimed(),
                e.accepted(), e.refused(), e.submissionId(), truncate(e.maGiaoDich(), 100), e.importId(),
                truncate(e.actor() == null || e.actor().isBlank() ? SYSTEM : e.actor(), 100),
                truncate(e.note(), 1000));
    }

    /**
     * The same stage for the dossier of an outbox row (check-ins have no claim version and get no row): reads the
     * row's MA_LK, facility and claim version number in the same statement.
     */
    public void appendForSubmission(long submissionId, ClaimStage stage, LocalDateTime at, String maGiaoDich,
                                    String actor, String note) {
        jdbc.update("INSERT INTO claim_status_event (ma_lk, claim_no, facility_code, stage, happened_at, submission_id, "
                        + "ma_giao_dich, actor, note) SELECT s.ma_lk, s.claim_version, s.facility_code, ?, ?, s.id, ?, ?, ? "
                        + "FROM outbox_submission s WHERE s.id = ? AND s.kind = 'DOSSIER'",
                stage.name(), Timestamp.valueOf(at), truncate(maGiaoDich, 100),
                truncate(actor == null || actor.isBlank() ? SYSTEM : actor, 100), truncate(note, 1000), submissionId);
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
