package vn.his.export.delivery;

import java.time.Duration;
import java.util.List;

import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.core.common.ClinicalTime;
import vn.his.export.outbox.DispatchTask;

/**
 * Registers the outbox jobs and triggers with Spring Boot's Quartz scheduler when {@code his.outbox.scheduler.enabled}
 * is true (the application sets it; module tests leave it off). The job store is configured by the application:
 * {@code spring.quartz.job-store-type=jdbc}, {@code org.quartz.jobStore.isClustered=true}, tables from Flyway.
 * Intervals: {@code his.outbox.schedule.check-in-interval}, {@code .dossier-interval}, {@code .retry-interval},
 * {@code .catch-up-cron}. Each run of a job is recorded in {@code job_run} ({@link JobRunListener}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "his.outbox.scheduler.enabled", havingValue = "true")
public class OutboxSchedulerConfiguration {

    @Bean
    public OutboxSchedule outboxSchedule(@Value("${his.outbox.schedule.check-in-interval:5s}") Duration checkIns,
                                         @Value("${his.outbox.schedule.dossier-interval:30s}") Duration dossiers,
                                         @Value("${his.outbox.schedule.retry-interval:30s}") Duration retries,
                                         @Value("${his.outbox.schedule.catch-up-cron:0 30 2 * * ?}") String catchUp) {
        return new OutboxSchedule(checkIns, dossiers, retries, catchUp);
    }

    /** The runs of the jobs ({@code job_run}), the newest {@code his.outbox.job-runs.keep} (default 100) per job. */
    @Bean
    public JobRunStore jobRunStore(JdbcTemplate jdbc, @Value("${his.outbox.job-runs.keep:100}") int keep) {
        return new JobRunStore(jdbc, keep);
    }

    /** Every job of the scheduler records its runs. */
    @Bean
    public SchedulerFactoryBeanCustomizer jobRunRecording(JobRunStore runs, ObjectProvider<ClinicalTime> time) {
        JobRunListener listener = new JobRunListener(runs, time.getIfAvailable(ClinicalTime::system));
        return factory -> factory.setGlobalJobListeners(listener);
    }

    @Bean
    public JobDetail outboxCheckInsJob() {
        return OutboxSchedule.job(DispatchTask.CHECK_INS);
    }

    @Bean
    public JobDetail outboxDossiersJob() {
        return OutboxSchedule.job(DispatchTask.DOSSIERS);
    }

    @Bean
    public JobDetail outboxRetriesJob() {
        return OutboxSchedule.job(DispatchTask.RETRIES);
    }

    @Bean
    public JobDetail outboxCatchUpJob() {
        return OutboxSchedule.job(DispatchTask.CATCH_UP);
    }

    @Bean
    public Trigger outboxCheckInsTrigger(OutboxSchedule schedule) {
        return trigger(schedule, DispatchTask.CHECK_INS);
    }

    @Bean
    public Trigger outboxDossiersTrigger(OutboxSchedule schedule) {
        return trigger(schedule, DispatchTask.DOSSIERS);
    }

    @Bean
    public Trigger outboxRetriesTrigger(OutboxSchedule schedule) {
        return trigger(schedule, DispatchTask.RETRIES);
    }

    @Bean
    public Trigger outboxCatchUpTrigger(OutboxSchedule schedule) {
        return trigger(schedule, DispatchTask.CATCH_UP);
    }

    private static Trigger trigger(OutboxSchedule schedule, DispatchTask task) {
        List<Trigger> triggers = schedule.triggers();
        return triggers.stream().filter(t -> t.getKey().getName().equals(task.name())).findFirst().orElseThrow();
    }
}
