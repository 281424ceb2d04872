package vn.his.core.common;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-tolerant counters for human-readable keys (MA_BN, MA_LK). Each value is taken under a row lock in its own
 * transaction, so two nodes on one database never hand out the same value.
 *
 * <p>A new counter's row is created first, in a transaction of its own that only inserts it, and the value is then
 * taken under the lock of that existing row. Locking a row that does not exist yet ({@code SELECT … FOR UPDATE}
 * followed by {@code INSERT}) makes InnoDB take gap locks, and two requests creating the same counter at once then
 * deadlock (found by {@code DatabaseRestartFaultTest}: four clients recording the first encounters of a day on
 * MariaDB got 500s).
 */
@Component
public class CodeSequence {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public CodeSequence(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public long next(String name) {
        Integer exists = ownTransaction.execute(s -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM code_sequence WHERE name = ?", Integer.class, name));
        if (exists == null || exists == 0) {
            create(name);
        }
        Long value = ownTransaction.execute(s -> {
            long current = jdbc.queryForObject("SELECT next_value FROM code_sequence WHERE name = ? FOR UPDATE",
                    Long.class, name);
            jdbc.update("UPDATE code_sequence SET next_value = ? WHERE name = ?", current + 1, name);
            return current;
        });
        return value;
    }

    private void create(String name) {
        try {
            ownTransaction.executeWithoutResult(s ->
                    jdbc.update("INSERT INTO code_sequence (name, next_value) VALUES (?, 1)", name));
        } catch (DuplicateKeyException raced) {
            // another request created the counter at the same time: it exists now, which is all this step needs
        }
    }
}
