package vn.his.export.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.export.outbox.DispatchReport;

/**
 * The runs of the scheduled jobs in {@code job_run}: each finished run one row, only the newest {@code keep} of a job
 * kept, and the last run of every job for the administrators' jobs page.
 */
public class JobRunStore {

    static final int MESSAGE_LENGTH = 1000;

    private final JdbcTemplate jdbc;
    private final int keep;

    public JobRunStore(JdbcTemplate jdbc, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1: " + keep);
        }
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.keep = keep;
    }

    /** Writes the run and drops the runs of the same job older than the newest {@code keep}. */
    public void record(JobRun run) {
        DispatchReport r = run.report();
        jdbc.update("INSERT INTO job_run (job_group, job_name, node_id, started_at, finished_at, outcome, message, "
                        + "claimed, accepted, retried, rejected, dead, lease_lost) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                run.group(), run.job(), run.nodeId(), Timestamp.valueOf(run.startedAt()),
                Timestamp.valueOf(run.finishedAt()), run.ok() ? "OK" : "FAILED", truncate(run.message()),
                r == null ? null : r.claimed(), r == null ? null : r.accepted(), r == null ? null : r.retried(),
                r == null ? null : r.rejected(), r == null ? null : r.dead(), r == null ? null : r.leaseLost());
        List<Long> oldestKept = jdbc.queryForList("SELECT id FROM job_run WHERE job_group = ? AND job_name = ? "
                + "ORDER BY id DESC LIMIT 1 OFFSET " + (keep - 1), Long.class, run.group(), run.job());
        if (!oldestKept.isEmpty()) {
            jdbc.update("DELETE FROM job_run WHERE job_group = ? AND job_name = ? AND id < ?", run.group(), run.job(),
                    oldestKept.get(0));
        }
    }

    /** The newest run of every job that has run, by group and job name. */
    public List<JobRun> lastRuns() {
        return jdbc.query("SELECT job_group, job_name, node_id, started_at, finished_at, outcome, message, claimed, "
                + "accepted, retried, rejected, dead, lease_lost FROM job_run r WHERE r.id = (SELECT MAX(x.id) FROM "
                + "job_run x WHERE x.job_group = r.job_group AND x.job_name = r.job_name) "
                + "ORDER BY job_group, job_name", (rs, n) -> run(rs));
    }

    /** How many runs of a job are kept. */
    public int count(String group, String job) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM job_run WHERE job_group = ? AND job_name = ?", Integer.class,
                group, job);
    }

    private static JobRun run(ResultSet rs) throws SQLException {
        Integer claimed = (Integer) rs.getObject(8, Integer.class);
        DispatchReport report = claimed == null ? null : new DispatchReport(claimed, rs.getInt(9), rs.getInt(10),
                rs.getInt(11), rs.getInt(12), rs.getInt(13));
        return new JobRun(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime(),
                rs.getTimestamp(5).toLocalDateTime(), "OK".equals(rs.getString(6)), rs.getString(7), report);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MESSAGE_LENGTH ? s : s.substring(0, MESSAGE_LENGTH - 1) + "…";
    }
}
