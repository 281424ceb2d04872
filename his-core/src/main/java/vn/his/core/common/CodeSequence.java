package vn.his.core.common;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-tolerant counters for human-readable keys (MA_BN, MA_LK). Each value is taken under a row lock in its own
 * transaction, so two nodes on one database never hand out the same value.
 */
@Component
public class CodeSequence {

    private final JdbcTemplate jdbc;

    public CodeSequence(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long next(String name) {
        var current = jdbc.query("SELECT next_value FROM code_sequence WHERE name = ? FOR UPDATE",
                (rs, i) -> rs.getLong(1), name);
        if (current.isEmpty()) {
            try {
                jdbc.update("INSERT INTO code_sequence (name, next_value) VALUES (?, 2)", name);
                return 1;
            } catch (DuplicateKeyException raced) {
                // another transaction created the counter first: take the next value under its lock
                return next(name);
            }
        }
        long value = current.get(0);
        jdbc.update("UPDATE code_sequence SET next_value = ? WHERE name = ?", value + 1, name);
        return value;
    }
}
