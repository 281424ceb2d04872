package vn.his.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

import vn.his.web.api.DatabaseUnavailable;

class ChangeAdmissionTest {

    @Test
    void neverRunsMoreChangesAtOnceThanItsLimit() throws Exception {
        ChangeAdmission admission = new ChangeAdmission(3, 30_000);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                done.add(pool.submit(() -> admission.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
                    running.decrementAndGet();
                    return 1;
                })));
            }
            int sum = 0;
            for (Future<Integer> f : done) {
                sum += f.get(30, TimeUnit.SECONDS);
            }
            assertThat(sum).isEqualTo(60);
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(3);
        assertThat(admission.free()).isEqualTo(3);
    }

    @Test
    void aChangeThatGetsNoTurnInTimeFailsAsADatabaseThatCannotBeReached() throws Exception {
        ChangeAdmission admission = new ChangeAdmission(1, 50);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> admission.run(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holder.start();
        try {
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> admission.run(() -> "never"))
                    .isInstanceOf(CannotCreateTransactionException.class)
                    .hasMessageContaining("within 50 ms")
                    .satisfies(e -> assertThat(DatabaseUnavailable.causedBy(e)).as("answered 503").isTrue());
        } finally {
            release.countDown();
            holder.join(10_000);
        }
        assertThat(admission.run(() -> "after")).isEqualTo("after");
        assertThat(admission.free()).isEqualTo(1);
    }

    @Test
    void aNestedChangeRunsOnItsCallersTurn() {
        ChangeAdmission admission = new ChangeAdmission(1, 50);
        String result = admission.run(() -> admission.run(() -> "inner") + " in outer");
        assertThat(result).isEqualTo("inner in outer");
        assertThat(admission.free()).isEqualTo(1);
    }

    @Test
    void aFailingChangeGivesItsTurnBack() {
        ChangeAdmission admission = new ChangeAdmission(1, 50);
        assertThatThrownBy(() -> admission.run(() -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(admission.free()).isEqualTo(1);
        assertThat(admission.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void theDefaultIsTwoChangesPerCoreAndAtLeastFour() {
        assertThat(ChangeAdmission.defaultLimit(1)).isEqualTo(4);
        assertThat(ChangeAdmission.defaultLimit(2)).isEqualTo(4);
        assertThat(ChangeAdmission.defaultLimit(8)).isEqualTo(16);
        assertThat(new ChangeAdmission(0, 50).free())
                .isEqualTo(ChangeAdmission.defaultLimit(Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void aNegativeLimitOrAWaitBelowOneMillisecondIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChangeAdmission(-1, 50))
                .withMessageContaining("his.changes.concurrent");
        assertThatIllegalArgumentException().isThrownBy(() -> new ChangeAdmission(4, 0))
                .withMessageContaining("his.changes.wait");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
