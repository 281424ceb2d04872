package vn.his.core.common;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-tolerant counters for human-readable keys (MA_BN, MA_LK). Values are reserved in blocks: each reservation moves
 * the counter's row forward by the block size under the row's lock, in a transaction of its own, and the node then
 * hands the reserved values out from memory. Two nodes on one database therefore never hand out the same value, and
 * the row's lock is taken once per block instead of once per value: with one lock per encounter, every request of a
 * busy facility queued on that row, and a lock holder descheduled on a loaded machine made all of them wait.
 *
 * <p>What this costs: the values of a block not yet handed out when the node stops are never used (a gap of less than
 * one block per counter and restart), and two nodes hand out interleaved ranges, so codes are unique but not in the
 * order of their creation across nodes. MA_LK only has to be unique and stable (QĐ 130, XML1 field MA_LK), and MA_BN
 * unique. A block size of 1 gives one value per reservation.
 *
 * <p>A new counter's row is created first, in a transaction of its own that only inserts it, and the block is then
 * taken under the lock of that existing row. Locking a row that does not exist yet ({@code SELECT … FOR UPDATE}
 * followed by {@code INSERT}) makes InnoDB take gap locks, and two requests creating the same counter at once then
 * deadlock (found by {@code DatabaseRestartFaultTest}: four clients recording the first encounters of a day on
 * MariaDB got 500s).
 */
@Component
public class CodeSequence {

    /** Counters kept in memory at most (one per facility and day for MA_LK); the least recently used is dropped. */
    static final int MAX_COUNTERS = 4096;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final int blockSize;
    private final Map<String, Block> blocks = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Block> eldest) {
            return size() > MAX_COUNTERS;
        }
    };

    public CodeSequence(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                        @Value("${his.codes.block-size:10}") int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("his.codes.block-size must be at least 1, not " + blockSize);
        }
        this.jdbc = jdbc;
        this.blockSize = blockSize;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public long next(String name) {
        Block block;
        synchronized (blocks) {
            block = blocks.computeIfAbsent(name, n -> new Block());
        }
        synchronized (block) {
            if (block.next >= block.end) {
                block.next = reserve(name);
                block.end = block.next + blockSize;
            }
            return block.next++;
        }
    }

    /** Moves the counter forward by one block and returns the first value of the block. */
    private long reserve(String name) {
        Integer exists = ownTransaction.execute(s -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM code_sequence WHERE name = ?", Integer.class, name));
        if (exists == null || exists == 0) {
            create(name);
        }
        Long first = ownTransaction.execute(s -> {
            long current = jdbc.queryForObject("SELECT next_value FROM code_sequence WHERE name = ? FOR UPDATE",
                    Long.class, name);
            jdbc.update("UPDATE code_sequence SET next_value = ? WHERE name = ?", current + blockSize, name);
            return current;
        });
        return first;
    }

    private void create(String name) {
        try {
            ownTransaction.executeWithoutResult(s ->
                    jdbc.update("INSERT INTO code_sequence (name, next_value) VALUES (?, 1)", name));
        } catch (DuplicateKeyException raced) {
            // another request created the counter at the same time: it exists now, which is all this step needs
        }
    }

    /** The values reserved and not yet handed out: {@code next} up to {@code end}, exclusive. */
    private static final class Block {
        long next;
        long end;
    }
}
