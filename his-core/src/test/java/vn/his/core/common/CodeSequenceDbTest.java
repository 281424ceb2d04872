package vn.his.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.his.core.testsupport.DatabaseTest;

@DatabaseTest
class CodeSequenceDbTest {

    private static final int THREADS = 8;
    private static final int EACH = 5;

    @Autowired
    CodeSequence sequence;

    @Test
    void aNewCounterStartsAtOneAndCounts() {
        String name = "test-" + UUID.randomUUID();
        assertThat(List.of(sequence.next(name), sequence.next(name), sequence.next(name))).containsExactly(1L, 2L, 3L);
    }

    /** On MariaDB, locking the missing row and then inserting it made concurrent first calls deadlock. */
    @Test
    void manyRequestsCreatingTheSameCounterAtOnceGetDistinctValuesWithoutFailing() throws Exception {
        for (int round = 0; round < 5; round++) {
            String name = "race-" + UUID.randomUUID();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<List<Long>> task = () -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < EACH; i++) {
                        mine.add(sequence.next(name));
                    }
                    return mine;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertThat(all).doesNotHaveDuplicates().hasSize(THREADS * EACH);
            assertThat(all).allMatch(v -> v >= 1 && v <= THREADS * EACH);
        }
    }
}
