package vn.his.core.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips database tests in the MariaDB run when no server answers, unless HIS_TEST_MYSQL=required, in which case
 * the tests run and fail on the connection.
 */
public class DatabaseAvailability implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.isMariaDb()) {
            return ConditionEvaluationResult.enabled("H2 in MySQL mode");
        }
        String reason = TestDatabase.mariaDbUnavailableReason();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("MariaDB answers at " + TestDatabase.serverUrl());
        }
        if (TestDatabase.mariaDbRequired()) {
            throw new IllegalStateException("HIS_TEST_MYSQL=required but " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
