-- Administrator screens and persisted sign-in lockout (issue 5).
--
-- login_lockout: failed sign-ins per user name (stripped, lower case, at most 100 characters; unknown names count too),
-- shared by every application node. failures counts the wrong passwords since window_start; when it reaches
-- his.login.max-failures within his.login.failure-window, locked_until is set (his.login.lock-duration later). Times are
-- UTC. A success or an administrator's unlock deletes the row; stale rows are pruned by the throttle.
-- (The per-remote-address counter against spraying stays in the memory of each node: vn.his.web.security.LoginThrottle.)
CREATE TABLE login_lockout (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    failures      INT          NOT NULL,
    window_start  DATETIME(3)  NOT NULL,
    locked_until  DATETIME(3),
    last_failure  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_login_lockout_locked ON login_lockout (locked_until);

-- What an administrator's change did (roles, facility, enabled, password reset, unlock, catalogue import, gateway
-- account, certificate): never a password or a secret.
ALTER TABLE audit_event ADD COLUMN detail VARCHAR(500);
