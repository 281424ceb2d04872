-- Discharge papers of an encounter that the XML 130 dossier carries (QĐ 130 as amended by QĐ 4750 and QĐ 3176):
-- the record summary of a stay (Bảng 8, tóm tắt hồ sơ bệnh án), the referral letter of a transfer (Bảng 13, giấy
-- chuyển tuyến, QĐ 3176 form) and the re-visit appointment (Bảng 14, giấy hẹn khám lại). At most one of each per
-- encounter; the other fields of those tables come from the encounter itself. Long texts are 2,000 characters so a
-- row stays within the InnoDB row-size limit in utf8mb4.

CREATE TABLE encounter_record_summary (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    encounter_id        BIGINT        NOT NULL,
    pathology           VARCHAR(2000) NOT NULL,
    results_summary     VARCHAR(2000) NOT NULL,
    treatment_method    VARCHAR(2000) NOT NULL,
    father_name         VARCHAR(255),
    mother_name         VARCHAR(255),
    guardian_name       VARCHAR(255),
    employer            VARCHAR(1024),
    child_birth_date    DATE,
    child_death_date    DATE,
    children_dead       INT,
    note                VARCHAR(2000),
    issued_on           DATE          NOT NULL,
    recorded_at         DATETIME      NOT NULL,
    CONSTRAINT uk_record_summary_encounter UNIQUE (encounter_id),
    CONSTRAINT fk_record_summary_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE encounter_referral (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    encounter_id        BIGINT        NOT NULL,
    dossier_no          VARCHAR(50)   NOT NULL,
    book_no             VARCHAR(50)   NOT NULL,
    letter_no           VARCHAR(50)   NOT NULL,
    clinical_signs      VARCHAR(2000) NOT NULL,
    pathology           VARCHAR(2000) NOT NULL,
    results_summary     VARCHAR(2000),
    condition_at_transfer VARCHAR(2000) NOT NULL,
    reason_code         INT           NOT NULL,
    treatment_direction VARCHAR(2000) NOT NULL,
    transport           VARCHAR(255)  NOT NULL,
    escort_name         VARCHAR(255),
    escort_title        VARCHAR(255),
    doctor_ids          VARCHAR(255)  NOT NULL,
    recorded_at         DATETIME      NOT NULL,
    CONSTRAINT uk_referral_encounter UNIQUE (encounter_id),
    CONSTRAINT fk_referral_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE encounter_revisit_booking (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    encounter_id        BIGINT        NOT NULL,
    paper_no            VARCHAR(50)   NOT NULL,
    appointment_time    DATETIME      NOT NULL,
    doctor_ids          VARCHAR(255)  NOT NULL,
    issued_on           DATE          NOT NULL,
    recorded_at         DATETIME      NOT NULL,
    CONSTRAINT uk_revisit_booking_encounter UNIQUE (encounter_id),
    CONSTRAINT fk_revisit_booking_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
