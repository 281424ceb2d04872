package vn.his.web.admin.facility;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Service;

import vn.his.core.common.ClinicalTime;
import vn.his.export.delivery.JobRun;
import vn.his.export.delivery.JobRunStore;
import vn.his.web.admin.AdminAccess;

/**
 * The scheduled jobs as Quartz knows them (its JDBC job store, shared by the nodes): each trigger of each job with its
 * next and previous fire time and state, and the job's last run on any node ({@code job_run}: end, outcome, counts).
 * Read through the Scheduler API; a node without the scheduler (his.outbox.scheduler.enabled=false) shows none.
 */
@ConditionalOnWebApplication // not in the export command (no web server, no password encoder or throttle)
@Service
public class JobSchedules {

    private static final ZoneId VIETNAM = ClinicalTime.VIETNAM;

    private final ObjectProvider<Scheduler> scheduler;
    private final ObjectProvider<JobRunStore> runs;
    private final AdminAccess admin;

    public JobSchedules(ObjectProvider<Scheduler> scheduler, ObjectProvider<JobRunStore> runs, AdminAccess admin) {
        this.scheduler = scheduler;
        this.runs = runs;
        this.admin = admin;
    }

    /** One trigger of a job; times in Vietnam, null when none; {@code lastRun} null when the job has not run yet. */
    public record JobRow(String group, String job, String description, String trigger, String schedule,
                         LocalDateTime nextFire, LocalDateTime previousFire, String state, JobRun lastRun) {
    }

    public boolean available() {
        return scheduler.getIfAvailable() != null;
    }

    public List<JobRow> list() {
        admin.require();
        Scheduler s = scheduler.getIfAvailable();
        if (s == null) {
            return List.of();
        }
        Map<String, JobRun> last = new HashMap<>();
        JobRunStore store = runs.getIfAvailable();
        if (store != null) {
            store.lastRuns().forEach(r -> last.put(r.group() + "." + r.job(), r));
        }
        List<JobRow> rows = new ArrayList<>();
        try {
            for (String group : s.getJobGroupNames()) {
                for (JobKey key : s.getJobKeys(GroupMatcher.jobGroupEquals(group))) {
                    String description = s.getJobDetail(key) == null ? null : s.getJobDetail(key).getDescription();
                    for (Trigger t : s.getTriggersOfJob(key)) {
                        rows.add(new JobRow(group, key.getName(), description, t.getKey().getName(), schedule(t),
                                local(t.getNextFireTime()), local(t.getPreviousFireTime()),
                                s.getTriggerState(t.getKey()).name(), last.get(group + "." + key.getName())));
                    }
                }
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the Quartz job store", e);
        }
        rows.sort(Comparator.comparing(JobRow::group).thenComparing(JobRow::job).thenComparing(JobRow::trigger));
        return rows;
    }

    private static String schedule(Trigger t) {
        if (t instanceof org.quartz.CronTrigger c) {
            return "cron " + c.getCronExpression();
        }
        if (t instanceof org.quartz.SimpleTrigger st) {
            return "every " + java.time.Duration.ofMillis(st.getRepeatInterval());
        }
        return t.getClass().getSimpleName();
    }

    private static LocalDateTime local(Date d) {
        return d == null ? null : LocalDateTime.ofInstant(d.toInstant(), VIETNAM);
    }
}
