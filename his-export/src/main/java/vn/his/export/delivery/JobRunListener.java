package vn.his.export.delivery;

import java.time.LocalDateTime;
import java.util.Objects;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import vn.his.core.common.ClinicalTime;
import vn.his.export.outbox.DispatchReport;

/**
 * Records every finished run of a job of this node's scheduler in {@link JobRunStore}: its end (the clinical clock)
 * and start (end minus Quartz's run time), outcome, failure message and the {@link DispatchReport} the job left as
 * its result. A failure to write the row is logged and does not fail the run: Quartz must still complete the trigger,
 * or a {@code @DisallowConcurrentExecution} job would stay blocked.
 */
public class JobRunListener implements JobListener {

    static final String NAME = "his-job-runs";
    private static final Logger LOG = LoggerFactory.getLogger(JobRunListener.class);

    private final JobRunStore store;
    private final ClinicalTime time;

    public JobRunListener(JobRunStore store, ClinicalTime time) {
        this.store = Objects.requireNonNull(store, "store");
        this.time = Objects.requireNonNull(time, "time");
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        // only finished runs are recorded
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
        // a vetoed run did not run
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        LocalDateTime finished = time.now();
        LocalDateTime started = finished.minusNanos(Math.max(0, context.getJobRunTime()) * 1_000_000L);
        DispatchReport report = context.getResult() instanceof DispatchReport r ? r : null;
        JobKey key = context.getJobDetail().getKey();
        try {
            store.record(new JobRun(key.getGroup(), key.getName(), context.getScheduler().getSchedulerInstanceId(),
                    started, finished, failure == null, failure == null ? null : message(failure), report));
        } catch (DataAccessException | SchedulerException e) {
            LOG.error("Could not record the run of job {} that ended at {} ({})", key, finished,
                    failure == null ? "ok" : "failed", e);
        }
    }

    /** The innermost cause's message (the job wraps the dispatcher's exception). */
    private static String message(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getMessage();
        return cause.getClass().getSimpleName() + (text == null || text.isBlank() ? "" : ": " + text);
    }
}
