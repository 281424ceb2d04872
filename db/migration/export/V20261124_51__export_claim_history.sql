-- his-export: status history of each claim version (issue 6, reconciliation). Append-only: one row per stage a
-- version went through, written in the transaction of the change that caused it — the local assessment and the
-- queueing (vn.his.export.claim.ClaimStore), every outbox transition of its dossier (vn.his.export.outbox.SubmissionStore:
-- sent, accepted with the gateway transaction id, retry, dead, rejected, re-queued, superseded), the import of the
-- gateway's assessment results (vn.his.export.reconcile) and the correction that replaced it. A version is named by
-- (ma_lk, claim_no) because the outbox row is queued before the claim_version row exists (same transaction).
-- stage: vn.his.export.reconcile.ClaimStage. Amounts in đồng: claimed = T_BHTT of XML1 of the version; accepted /
-- refused = what the gateway's assessment says (T_BHTT accepted, xuất toán). Runs on MariaDB / MySQL 8 and H2 (MySQL mode).
CREATE TABLE claim_status_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    ma_lk           VARCHAR(100)  NOT NULL,
    claim_no        INT           NOT NULL,
    facility_code   VARCHAR(5)    NOT NULL,
    stage           VARCHAR(24)   NOT NULL,
    happened_at     DATETIME(3)   NOT NULL,
    amount_claimed  DECIMAL(18,2),
    amount_accepted DECIMAL(18,2),
    amount_refused  DECIMAL(18,2),
    submission_id   BIGINT,
    ma_giao_dich    VARCHAR(100),
    import_id       BIGINT,
    actor           VARCHAR(100)  NOT NULL,
    note            VARCHAR(1000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_claim_status_event_claim ON claim_status_event (ma_lk, claim_no, id);
CREATE INDEX ix_claim_status_event_facility ON claim_status_event (facility_code, happened_at);
