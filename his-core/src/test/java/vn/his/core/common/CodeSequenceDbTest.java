package vn.his.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.his.core.testsupport.DatabaseTest;

@DatabaseTest
class CodeSequenceDbTest {

    private static final int THREADS = 8;
    private static final int EACH = 5;

    @Autowired
    CodeSequence sequence;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aNewCounterStartsAtOneAndCounts() {
        String name = "test-" + UUID.randomUUID();
        assertThat(List.of(sequence.next(name), sequence.next(name), sequence.next(name))).containsExactly(1L, 2L, 3L);
    }

    /** The row moves a block at a time; the values of the block come from memory until it is used up. */
    @Test
    void aBlockIsReservedInTheDatabaseAndHandedOutFromMemory() {
        String name = "block-" + UUID.randomUUID();
        CodeSequence node = new CodeSequence(jdbc, transactions, 4);
        assertThat(node.next(name)).isEqualTo(1L);
        assertThat(storedNext(name)).isEqualTo(5L);
        assertThat(List.of(node.next(name), node.next(name), node.next(name))).containsExactly(2L, 3L, 4L);
        assertThat(storedNext(name)).isEqualTo(5L);
        assertThat(node.next(name)).isEqualTo(5L);
        assertThat(storedNext(name)).isEqualTo(9L);
    }

    /** Two nodes on one database take interleaved blocks; a restarted node leaves its unused values as a gap. */
    @Test
    void twoNodesAndARestartNeverHandOutTheSameValue() {
        String name = "nodes-" + UUID.randomUUID();
        CodeSequence first = new CodeSequence(jdbc, transactions, 3);
        CodeSequence second = new CodeSequence(jdbc, transactions, 3);
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(first.next(name));
            all.add(second.next(name));
        }
        CodeSequence restarted = new CodeSequence(jdbc, transactions, 3);
        all.add(restarted.next(name));
        assertThat(all).doesNotHaveDuplicates();
        assertThat(all.subList(0, 4)).containsExactly(1L, 4L, 2L, 5L);
        assertThat(all.get(all.size() - 1)).isEqualTo(storedNext(name) - 3);
    }

    @Test
    void aBlockSizeBelowOneIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CodeSequence(jdbc, transactions, 0))
                .withMessageContaining("his.codes.block-size");
    }

    private long storedNext(String name) {
        return jdbc.queryForObject("SELECT next_value FROM code_sequence WHERE name = ?", Long.class, name);
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
