-- Audit trail (issue 5): who created, changed and viewed each patient record and encounter, through which channel.
-- request_path holds the path only (ids, never query-string values that could carry personal data).
CREATE TABLE audit_event (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    at            DATETIME(3)  NOT NULL,
    username      VARCHAR(60)  NOT NULL,
    facility_id   BIGINT,
    role          VARCHAR(120) NOT NULL,
    action        VARCHAR(10)  NOT NULL,
    resource_type VARCHAR(12)  NOT NULL,
    resource_id   BIGINT       NOT NULL,
    channel       VARCHAR(8)   NOT NULL,
    request_path  VARCHAR(255),
    remote_addr   VARCHAR(45)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_audit_event_resource ON audit_event (resource_type, resource_id);
CREATE INDEX ix_audit_event_user_at ON audit_event (username, at);
