-- his-export: frozen claim versions (issue 4). Each settled priced version, each payment time recorded and each
-- correction makes a new claim version of the encounter (MA_LK); earlier versions are kept unchanged. The table
-- documents are stored as the exact bytes the XML 130 writer produced, so a re-export of a version is byte-identical
-- without rendering again from live data. Runs unchanged on MariaDB / MySQL 8 and on H2 in MySQL mode.

CREATE TABLE claim_version (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    encounter_id      BIGINT        NOT NULL,
    ma_lk             VARCHAR(100)  NOT NULL,
    facility_code     VARCHAR(5)    NOT NULL,
    claim_no          INT           NOT NULL,   -- claim version 1..n of the MA_LK
    priced_version    INT           NOT NULL,   -- the settlement (priced) version it was assembled from
    reason            VARCHAR(20)   NOT NULL,   -- SETTLEMENT, PAYMENT_RECORDED, CORRECTION, REASSESSMENT
    reason_text       VARCHAR(1000),
    schema_version    VARCHAR(20)   NOT NULL,   -- data-standard version (db/reference/xml130/versions.csv)
    ngay_lap          DATE          NOT NULL,   -- NGAYLAP of the GIAMDINHHS envelope of this version
    patient_code      VARCHAR(100)  NOT NULL,   -- MA_BN
    patient_name      VARCHAR(255)  NOT NULL,   -- HO_TEN
    arrival_time      DATETIME      NOT NULL,   -- NGAY_VAO
    discharge_time    DATETIME      NOT NULL,   -- NGAY_RA: the export period is chosen on this date
    payment_time      DATETIME,                 -- NGAY_TTOAN, empty while discharged unpaid
    t_tongchi_bv      DECIMAL(18,2) NOT NULL,
    t_bhtt            DECIMAL(18,2) NOT NULL,
    t_bncct           DECIMAL(18,2) NOT NULL,
    t_bntt            DECIMAL(18,2) NOT NULL,
    status            VARCHAR(20)   NOT NULL,   -- HELD_WITH_ERRORS, QUEUED, SUPERSEDED
    error_count       INT           NOT NULL,
    warning_count     INT           NOT NULL,
    submission_id     BIGINT,                   -- the outbox row of the dossier, when queued
    created_at        DATETIME      NOT NULL,
    status_changed_at DATETIME      NOT NULL,
    CONSTRAINT uk_claim_version UNIQUE (ma_lk, claim_no),
    CONSTRAINT fk_claim_version_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_claim_version_period ON claim_version (discharge_time, facility_code);
CREATE INDEX ix_claim_version_status ON claim_version (status, facility_code);
CREATE INDEX ix_claim_version_encounter ON claim_version (encounter_id, claim_no);

-- The table documents of a version (XML0 check-in row, XML1..XML14), UTF-8 bytes exactly as written.
CREATE TABLE claim_table (
    claim_version_id  BIGINT        NOT NULL,
    table_code        VARCHAR(10)   NOT NULL,   -- LOAIHOSO: XML0, XML1, ...
    seq               INT           NOT NULL,   -- FILEHOSO order in the dossier
    content           LONGBLOB      NOT NULL,
    sha256            VARCHAR(64)   NOT NULL,
    PRIMARY KEY (claim_version_id, table_code),
    CONSTRAINT fk_claim_table_version FOREIGN KEY (claim_version_id) REFERENCES claim_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The pre-submission assessment of a version: one row per finding.
CREATE TABLE claim_finding (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    claim_version_id  BIGINT        NOT NULL,
    seq               INT           NOT NULL,
    severity          VARCHAR(10)   NOT NULL,   -- ERROR blocks sending, WARNING does not
    table_code        VARCHAR(10),
    field_name        VARCHAR(60),
    row_stt           INT,                      -- STT of the row in list tables
    rule_id           VARCHAR(60)   NOT NULL,
    args              VARCHAR(4000) NOT NULL,   -- message arguments, separated by U+001F, to render in any language
    message           VARCHAR(2000) NOT NULL,   -- the Vietnamese message
    CONSTRAINT fk_claim_finding_version FOREIGN KEY (claim_version_id) REFERENCES claim_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_claim_finding_version ON claim_finding (claim_version_id, seq);
