package vn.his.export.delivery;

import java.util.Objects;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.his.export.outbox.DispatchTask;
import vn.his.export.outbox.OutboxDispatcher;

/**
 * One scheduled share of the outbox work ({@link DispatchTask} in the job data). Never two runs of the same job at
 * once, in the whole cluster ({@link DisallowConcurrentExecution} with the clustered JDBC job store); different jobs
 * may overlap, the row claim keeps them apart.
 */
@DisallowConcurrentExecution
public class OutboxJob implements Job {

    public static final String TASK = "task";
    private static final Logger LOG = LoggerFactory.getLogger(OutboxJob.class);

    private final OutboxDispatcher dispatcher;

    public OutboxJob(OutboxDispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        DispatchTask task = DispatchTask.valueOf(context.getMergedJobDataMap().getString(TASK));
        try {
            // the report is the run's result: JobRunListener records it with the run
            context.setResult(dispatcher.run(task));
        } catch (RuntimeException e) {
            // the rows keep their state (a claimed row comes back when its lease expires); the next firing retries
            LOG.error("Outbox job {} failed on {}", task, dispatcher.settings().nodeId(), e);
            throw new JobExecutionException(e, false);
        }
    }
}
