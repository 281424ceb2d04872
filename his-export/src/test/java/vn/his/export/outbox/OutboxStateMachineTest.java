package vn.his.export.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.his.core.common.DomainException;
import vn.his.export.gateway.SubmissionOutcome;

/** The status transitions, the backoff and the verdict of an attempt, without a database. */
class OutboxStateMachineTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 9, 0);

    @Test
    void legalMovesAreExactlyTheDocumentedOnes() {
        Set<String> legal = new java.util.TreeSet<>();
        for (SubmissionStatus from : SubmissionStatus.values()) {
            for (SubmissionStatus to : SubmissionStatus.values()) {
                if (from.canMoveTo(to)) {
                    legal.add(from + ">" + to);
                }
            }
        }
        assertThat(legal).containsExactlyInAnyOrder(
                "QUEUED>SENDING", "QUEUED>SUPERSEDED",
                "SENDING>SENDING", "SENDING>ACCEPTED", "SENDING>RETRY", "SENDING>DEAD", "SENDING>REJECTED",
                "RETRY>SENDING", "RETRY>SUPERSEDED",
                "DEAD>QUEUED", "DEAD>SUPERSEDED",
                "REJECTED>QUEUED", "REJECTED>SUPERSEDED");
    }

    @Test
    void acceptedIsTerminalAndIllegalMovesAreRefused() {
        assertThat(SubmissionStatus.ACCEPTED.isTerminal()).isTrue();
        assertThat(SubmissionStatus.SUPERSEDED.isTerminal()).isTrue();
        for (SubmissionStatus to : SubmissionStatus.values()) {
            assertThatThrownBy(() -> SubmissionStatus.ACCEPTED.moveTo(to))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("export.outbox.illegalTransition");
        }
        // a later success can never overwrite an error of a finished attempt: REJECTED/DEAD only go back through QUEUED
        assertThatThrownBy(() -> SubmissionStatus.REJECTED.moveTo(SubmissionStatus.ACCEPTED)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> SubmissionStatus.DEAD.moveTo(SubmissionStatus.SENDING)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> SubmissionStatus.QUEUED.moveTo(SubmissionStatus.ACCEPTED)).isInstanceOf(DomainException.class);
        assertThat(SubmissionStatus.RETRY.moveTo(SubmissionStatus.SENDING)).isEqualTo(SubmissionStatus.SENDING);
        assertThat(SubmissionStatus.REQUEUEABLE).isEqualTo(EnumSet.of(SubmissionStatus.DEAD, SubmissionStatus.REJECTED));
    }

    @Test
    void backoffDoublesFromTheBaseUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 8);
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(480));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.exhausted(7)).isFalse();
        assertThat(policy.exhausted(8)).isTrue();
        assertThatThrownBy(() -> policy.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backoffIsMonotonicAndBoundedForRandomPolicies() {
        Random random = new Random(20261124L);
        for (int i = 0; i < 2_000; i++) {
            Duration base = Duration.ofMillis(1 + random.nextInt(100_000));
            Duration cap = base.plusMillis(random.nextInt(10_000_000));
            RetryPolicy policy = new RetryPolicy(base, cap, 1 + random.nextInt(50));
            Duration previous = Duration.ZERO;
            for (int n = 1; n <= 70; n++) {
                Duration delay = policy.delayAfter(n);
                assertThat(delay).isBetween(base, cap).isGreaterThanOrEqualTo(previous);
                previous = delay;
            }
        }
    }

    @Test
    void verdictFollowsTheGatewayClassificationAndTheBudget() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 3);
        assertThat(AttemptVerdict.of(SubmissionOutcome.ACCEPTED, 1, policy, NOW))
                .isEqualTo(new AttemptVerdict(SubmissionStatus.ACCEPTED, null));
        assertThat(AttemptVerdict.of(SubmissionOutcome.REJECTED, 1, policy, NOW))
                .isEqualTo(new AttemptVerdict(SubmissionStatus.REJECTED, null));
        assertThat(AttemptVerdict.of(SubmissionOutcome.RETRYABLE, 1, policy, NOW))
                .isEqualTo(new AttemptVerdict(SubmissionStatus.RETRY, NOW.plusSeconds(10)));
        assertThat(AttemptVerdict.of(SubmissionOutcome.RETRYABLE, 2, policy, NOW))
                .isEqualTo(new AttemptVerdict(SubmissionStatus.RETRY, NOW.plusSeconds(20)));
        assertThat(AttemptVerdict.of(SubmissionOutcome.RETRYABLE, 3, policy, NOW))
                .isEqualTo(new AttemptVerdict(SubmissionStatus.DEAD, null));
        // an accepted answer on the last allowed attempt is still accepted
        assertThat(AttemptVerdict.of(SubmissionOutcome.ACCEPTED, 3, policy, NOW).next()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThatThrownBy(() -> new AttemptVerdict(SubmissionStatus.RETRY, null)).isInstanceOf(IllegalArgumentException.class);
        // every verdict is reachable from SENDING
        for (SubmissionOutcome outcome : SubmissionOutcome.values()) {
            for (int n = 1; n <= 4; n++) {
                assertThat(SubmissionStatus.SENDING.canMoveTo(AttemptVerdict.of(outcome, n, policy, NOW).next())).isTrue();
            }
        }
    }
}
