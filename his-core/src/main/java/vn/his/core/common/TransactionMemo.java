package vn.his.core.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers to a repeated read remembered until the current transaction ends, so that a batch (a hundred encounters
 * settled in one transaction, each asking the same catalogue and practitioner questions for its lines) reads each
 * answer once. Outside a transaction with synchronization nothing is remembered and every call computes.
 * <p>
 * Only for reads whose answer cannot change inside the transaction that asks them (reference data written by other
 * transactions: catalogues, practitioners). The map is bound to the transaction as a resource and dropped at its
 * completion, commit or rollback; a memo instance is meant to be a field of a singleton bean.
 */
public final class TransactionMemo<K, V> {

    /** The resource key: this memo's own identity, so two memos never share answers. */
    private final Object resourceKey = new Object();

    public V get(K key, Function<? super K, ? extends V> compute) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return compute.apply(key);
        }
        Map<K, V> answers = answers();
        if (answers.containsKey(key)) {
            return answers.get(key);
        }
        V value = compute.apply(key);
        answers.put(key, value);
        return value;
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> answers() {
        Map<K, V> answers = (Map<K, V>) TransactionSynchronizationManager.getResource(resourceKey);
        if (answers == null) {
            Map<K, V> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(resourceKey, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
                }
            });
            answers = fresh;
        }
        return answers;
    }
}
