-- his-export: the gateway's assessment results imported from the file a facility downloads from the portal (issue 6;
-- layouts in the README, section "Reconciliation"). Runs on MariaDB / MySQL 8 and H2 (MySQL mode).

-- One imported file. file_sha256 is unique: importing the same bytes again changes nothing (answered as a duplicate
-- of this import). Counts are those of the first (and only) import of the file.
CREATE TABLE assessment_import (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_sha256      VARCHAR(64)   NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    file_format      VARCHAR(8)    NOT NULL,   -- XLSX, XML
    imported_at      DATETIME(3)   NOT NULL,
    imported_by      VARCHAR(100)  NOT NULL,
    row_count        INT           NOT NULL,
    matched_count    INT           NOT NULL,
    unmatched_count  INT           NOT NULL,
    duplicate_count  INT           NOT NULL,
    CONSTRAINT uk_assessment_import_file UNIQUE (file_sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every row of every imported file, matched or not (an unmatched row is kept with why, never dropped).
-- A matched row names the claim version it was matched to; table_code/stt name the line (empty for a result that
-- concerns the whole claim). natural_key = SHA-256 of MA_LK, claim no, table, STT and reason code (text when no code):
-- one finding of the gateway on one line. A later row with the same key and the same amounts and texts is a DUPLICATE
-- (nothing changes); with other amounts it is MATCHED and the earlier row becomes REPLACED (the newer assessment
-- wins; both stay). The amounts of a claim version are the sums over its MATCHED rows.
-- outcome: MATCHED, UNMATCHED (no such claim/line, other facility, outside the importer's scope), INVALID (the row
-- itself is malformed), DUPLICATE, REPLACED. message: Vietnamese; message_key/message_args render it in any language.
CREATE TABLE assessment_result (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id         BIGINT        NOT NULL,
    source_row        INT           NOT NULL,   -- row number in the file (spreadsheet row, or n-th XML element)
    outcome           VARCHAR(10)   NOT NULL,
    ma_lk             VARCHAR(100),
    ma_giao_dich      VARCHAR(100),
    facility_code     VARCHAR(5),
    claim_version_id  BIGINT,
    claim_no          INT,
    table_code        VARCHAR(10),
    stt               INT,
    item_code         VARCHAR(255),
    amount_claimed    DECIMAL(18,2),
    amount_accepted   DECIMAL(18,2),
    amount_refused    DECIMAL(18,2),
    reason_code       VARCHAR(50),
    reason_text       VARCHAR(1000),
    natural_key       VARCHAR(64),
    message           VARCHAR(1000),
    message_key       VARCHAR(80),
    message_args      VARCHAR(1000),
    CONSTRAINT fk_assessment_result_import FOREIGN KEY (import_id) REFERENCES assessment_import (id),
    CONSTRAINT fk_assessment_result_claim FOREIGN KEY (claim_version_id) REFERENCES claim_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_assessment_result_import ON assessment_result (import_id, source_row);
CREATE INDEX ix_assessment_result_claim ON assessment_result (claim_version_id, outcome);
CREATE INDEX ix_assessment_result_key ON assessment_result (natural_key, outcome);
CREATE INDEX ix_assessment_result_malk ON assessment_result (ma_lk);
