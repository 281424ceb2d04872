package vn.his.export.delivery;

import java.time.LocalDateTime;

import vn.his.export.outbox.DispatchReport;

/**
 * One finished run of a scheduled job (times in Asia/Ho_Chi_Minh). {@code report}: what the dispatcher did; null when
 * the run failed before reporting. {@code message}: the failure, null when the run succeeded.
 */
public record JobRun(String group, String job, String nodeId, LocalDateTime startedAt, LocalDateTime finishedAt,
                     boolean ok, String message, DispatchReport report) {
}
