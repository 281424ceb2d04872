package vn.his.export.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import vn.his.core.common.ClinicalTime;
import vn.his.export.outbox.DispatchTask;

/**
 * The outbox jobs and their triggers: check-ins every few seconds, dossiers, retries (with stale leases), and a
 * nightly catch-up (cron, Asia/Ho_Chi_Minh). Shared by the application's scheduler and the cluster tests.
 *
 * @param checkInInterval  e.g. 5 s: a check-in leaves seconds after the first cost of an encounter
 * @param dossierInterval  e.g. 30 s
 * @param retryInterval    e.g. 30 s: retries due and rows whose node died mid-send
 * @param catchUpCron      Quartz cron of the nightly catch-up, e.g. {@code 0 30 2 * * ?}
 */
public record OutboxSchedule(Duration checkInInterval, Duration dossierInterval, Duration retryInterval,
                             String catchUpCron) {

    public static final String GROUP = "outbox";

    public OutboxSchedule {
        positive(checkInInterval, "checkInInterval");
        positive(dossierInterval, "dossierInterval");
        positive(retryInterval, "retryInterval");
        Objects.requireNonNull(catchUpCron, "catchUpCron");
        if (!org.quartz.CronExpression.isValidExpression(catchUpCron)) {
            throw new IllegalArgumentException("not a Quartz cron expression: " + catchUpCron);
        }
    }

    public static JobDetail job(DispatchTask task) {
        return JobBuilder.newJob(OutboxJob.class)
                .withIdentity(task.name(), GROUP)
                .usingJobData(OutboxJob.TASK, task.name())
                .storeDurably()
                .requestRecovery(false)
                .build();
    }

    public List<JobDetail> jobs() {
        List<JobDetail> jobs = new ArrayList<>();
        for (DispatchTask task : DispatchTask.values()) {
            jobs.add(job(task));
        }
        return jobs;
    }

    public List<Trigger> triggers() {
        return List.of(repeating(DispatchTask.CHECK_INS, checkInInterval),
                repeating(DispatchTask.DOSSIERS, dossierInterval),
                repeating(DispatchTask.RETRIES, retryInterval),
                TriggerBuilder.newTrigger().forJob(DispatchTask.CATCH_UP.name(), GROUP)
                        .withIdentity(DispatchTask.CATCH_UP.name(), GROUP)
                        .withSchedule(CronScheduleBuilder.cronSchedule(catchUpCron)
                                .inTimeZone(TimeZone.getTimeZone(ClinicalTime.VIETNAM))
                                .withMisfireHandlingInstructionFireAndProceed())
                        .build());
    }

    private static Trigger repeating(DispatchTask task, Duration interval) {
        return TriggerBuilder.newTrigger().forJob(task.name(), GROUP)
                .withIdentity(task.name(), GROUP)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever()
                        // a missed firing (all nodes down) is simply the next one: the work is in the table
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
