-- Delivery outbox of the gateway submissions (issue 4): check-ins (XML0) and claim dossiers (GIAMDINHHS) signed
-- and queued in the transaction of the business change, sent by the dispatcher (vn.his.export.outbox).
-- Runs unchanged on MariaDB 10.11 / MySQL 8 and on H2 in MySQL mode. Times shown to people are DATETIME(3) wall-clock
-- time in Asia/Ho_Chi_Minh; the two times the dispatchers compare (next_attempt_ms, lease_until_ms) are epoch
-- milliseconds, because MySQL Connector/J drops the fractional seconds of parameters on MariaDB (it reads the server as
-- "5.5.5-…") and a lease of a few seconds must not move by up to one. Every time comes from the application's clock,
-- never from NOW() of the database.

-- One document to deliver. The row reflects the latest state; every try is kept in outbox_attempt.
-- status: QUEUED, SENDING, ACCEPTED, RETRY, DEAD, REJECTED, SUPERSEDED (vn.his.export.outbox.SubmissionStatus).
CREATE TABLE outbox_submission (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(16)  NOT NULL,
    ma_lk               VARCHAR(100) NOT NULL,
    facility_code       VARCHAR(5)   NOT NULL,
    encounter_id        BIGINT       NOT NULL,
    claim_version       INT          NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    -- the signed file exactly as sent (never re-formatted after signing) and its SHA-256 (hex)
    signed_document     LONGBLOB     NOT NULL,
    sha256              VARCHAR(64)  NOT NULL,
    certificate_subject VARCHAR(500) NOT NULL,
    attempt_count       INT          NOT NULL,
    -- attempt_count when last (re)queued: the retry budget counts attempts since then
    attempt_base        INT          NOT NULL,
    next_attempt_ms     BIGINT       NOT NULL,
    -- dispatcher node holding the row while SENDING, until lease_until_ms; lease_token fences a node whose lease
    -- expired and was taken over (its late answer must not change the row)
    lease_owner         VARCHAR(100),
    lease_token         VARCHAR(36),
    lease_until_ms      BIGINT,
    ma_giao_dich        VARCHAR(100),
    thoi_gian_tiep_nhan DATETIME,
    last_code           VARCHAR(20),
    last_message        VARCHAR(2000),
    created_at          DATETIME(3)  NOT NULL,
    updated_at          DATETIME(3)  NOT NULL,
    row_version         BIGINT       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_outbox_due ON outbox_submission (status, next_attempt_ms);
CREATE INDEX ix_outbox_lease ON outbox_submission (status, lease_until_ms);
CREATE INDEX ix_outbox_malk ON outbox_submission (facility_code, ma_lk, kind);
CREATE INDEX ix_outbox_created ON outbox_submission (facility_code, created_at);

-- Every try, append-only: opened when a node takes the row (STARTED), closed with the gateway's answer, or marked
-- INTERRUPTED when another node finds the lease expired (the node died mid-send).
-- outcome: STARTED, ACCEPTED, RETRYABLE, REJECTED, INTERRUPTED, NOT_SENT (refused before sending, e.g. signature).
CREATE TABLE outbox_attempt (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id   BIGINT       NOT NULL,
    attempt_no      INT          NOT NULL,
    node_id         VARCHAR(100) NOT NULL,
    started_at      DATETIME(3)  NOT NULL,
    finished_at     DATETIME(3),
    sha256          VARCHAR(64)  NOT NULL,
    http_status     INT,
    ma_ket_qua      VARCHAR(20),
    thong_diep      VARCHAR(2000),
    ma_giao_dich    VARCHAR(100),
    failure         VARCHAR(2000),
    outcome         VARCHAR(16)  NOT NULL,
    CONSTRAINT uk_outbox_attempt UNIQUE (submission_id, attempt_no),
    CONSTRAINT fk_outbox_attempt_submission FOREIGN KEY (submission_id) REFERENCES outbox_submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Changes made by people (re-queue of DEAD/REJECTED after a fix): who, when, why.
CREATE TABLE outbox_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id   BIGINT       NOT NULL,
    happened_at     DATETIME(3)  NOT NULL,
    from_status     VARCHAR(16)  NOT NULL,
    to_status       VARCHAR(16)  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_outbox_event_submission FOREIGN KEY (submission_id) REFERENCES outbox_submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_outbox_event_submission ON outbox_event (submission_id);

-- Gateway account of each facility (CV 1245 §I.1). The password is stored only as AES-256-GCM ciphertext
-- (vn.his.export.gateway.CredentialCipher, key from configuration his.gateway.credential-key, associated data
-- "<facility_code>|<username>").
CREATE TABLE gateway_account (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    facility_code      VARCHAR(5)   NOT NULL,
    username           VARCHAR(100) NOT NULL,
    password_encrypted VARCHAR(500) NOT NULL,
    ma_tinh            VARCHAR(2)   NOT NULL,
    updated_at         DATETIME(3)  NOT NULL,
    CONSTRAINT uk_gateway_account UNIQUE (facility_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
