-- his-core schema: administrative units, facilities, staff, patients, insurance cards, encounters, order lines,
-- catalogues. Runs unchanged on MariaDB 10.11 / MySQL 8 (utf8mb4) and on H2 in MySQL mode.
-- Money DECIMAL(18,2), quantities and unit prices DECIMAL(18,3) (QĐ 4750 common formats);
-- clinical times DATETIME holding Asia/Ho_Chi_Minh wall-clock time.

-- Versioned code lists of administrative units (QĐ 124/2004/QĐ-TTg, list of 11/06/2024; QĐ 19/2025/QĐ-TTg from
-- 01/07/2025). A unit is identified by (list_code, unit_code); a new reform is a new list with its validity.
CREATE TABLE admin_unit_list (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    list_code   VARCHAR(40)  NOT NULL,
    description VARCHAR(255) NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    source_sha256 VARCHAR(64),
    CONSTRAINT uk_admin_unit_list UNIQUE (list_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE admin_unit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    list_id     BIGINT       NOT NULL,
    unit_level  VARCHAR(10)  NOT NULL,
    unit_code   VARCHAR(10)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    parent_code VARCHAR(10),
    province_code VARCHAR(3) NOT NULL,
    CONSTRAINT uk_admin_unit UNIQUE (list_id, unit_level, unit_code),
    CONSTRAINT fk_admin_unit_list FOREIGN KEY (list_id) REFERENCES admin_unit_list (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_admin_unit_parent ON admin_unit (list_id, parent_code);

-- Loaded reference data sets (ICD-10, ICD-9-CM, administrative units): loaded once, identified by name and checksum.
CREATE TABLE reference_dataset (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    row_count   INT          NOT NULL,
    loaded_at   DATETIME     NOT NULL,
    CONSTRAINT uk_reference_dataset UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ICD-10 (QĐ 4469/QĐ-BYT 2020; TT 06/2026/TT-BYT from 01/07/2026 is a new catalogue with its own validity).
CREATE TABLE icd10_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    catalogue   VARCHAR(40)  NOT NULL,
    code        VARCHAR(10)  NOT NULL,
    name_vi     VARCHAR(500) NOT NULL,
    name_en     VARCHAR(500),
    chapter_code VARCHAR(20),
    group_code  VARCHAR(20),
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    CONSTRAINT uk_icd10 UNIQUE (catalogue, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_icd10_code ON icd10_code (code);

-- ICD-9-CM volume 3 procedures (QĐ 4440/QĐ-BYT 2020), used in MA_PTTT_QT.
CREATE TABLE icd9_procedure (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    catalogue   VARCHAR(40)  NOT NULL,
    code        VARCHAR(10)  NOT NULL,
    name_vi     VARCHAR(500) NOT NULL,
    name_en     VARCHAR(500),
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    CONSTRAINT uk_icd9 UNIQUE (catalogue, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Facilities (cơ sở KCB). The 5-character MA_CSKCB is dated (codes were reissued after the 2025 merger):
-- see facility_code. Route level (tuyến, before 2025) and care level (cấp chuyên môn, from 2025) with the
-- ranking points drive the route factor (bhyt-rules §3.2–§3.3).
CREATE TABLE facility (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(255) NOT NULL,
    route_level     VARCHAR(12)  NOT NULL,
    care_level      VARCHAR(12)  NOT NULL,
    ranking_points  INT,
    provisional_level BOOLEAN    NOT NULL,
    hospital_class  VARCHAR(10),
    parent_id       BIGINT,
    province_code   VARCHAR(3)   NOT NULL,
    commune_code    VARCHAR(10),
    address         VARCHAR(500),
    head_social_insurance_no VARCHAR(10),
    demo_data       BOOLEAN      NOT NULL,
    CONSTRAINT fk_facility_parent FOREIGN KEY (parent_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE facility_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    facility_id BIGINT      NOT NULL,
    code        VARCHAR(5)  NOT NULL,
    valid_from  DATE        NOT NULL,
    valid_to    DATE,
    CONSTRAINT uk_facility_code UNIQUE (code, valid_from),
    CONSTRAINT fk_facility_code_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_facility_code_code ON facility_code (code);

-- Departments (MA_KHOA, QĐ 1804/QĐ-BYT 2026 PL02).
CREATE TABLE department (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    facility_id BIGINT       NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    inpatient   BOOLEAN      NOT NULL,
    CONSTRAINT uk_department UNIQUE (facility_id, code),
    CONSTRAINT fk_department_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Practitioners with their practising certificate number (CCHN), used in MA_BAC_SI / NGUOI_THUC_HIEN.
CREATE TABLE practitioner (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    facility_id     BIGINT       NOT NULL,
    full_name       VARCHAR(255) NOT NULL,
    certificate_no  VARCHAR(50)  NOT NULL,
    title           VARCHAR(100),
    department_id   BIGINT,
    active          BOOLEAN      NOT NULL,
    CONSTRAINT uk_practitioner_cchn UNIQUE (facility_id, certificate_no),
    CONSTRAINT fk_practitioner_facility FOREIGN KEY (facility_id) REFERENCES facility (id),
    CONSTRAINT fk_practitioner_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Patients: every person field of XML1. MA_BN is province-wide. Birth date may be partial (year only,
-- year+month): QĐ 4750 Bảng 1 NGAY_SINH uses '0000' for unknown parts.
CREATE TABLE patient (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_code    VARCHAR(20)  NOT NULL,
    full_name       VARCHAR(255) NOT NULL,
    name_key        VARCHAR(255) NOT NULL,
    birth_year      INT          NOT NULL,
    birth_month     INT,
    birth_day       INT,
    birth_time      VARCHAR(4),
    gender          INT          NOT NULL,
    ethnicity_code  VARCHAR(2)   NOT NULL,
    nationality_code VARCHAR(3)  NOT NULL,
    occupation_code VARCHAR(5)   NOT NULL,
    address         VARCHAR(1024) NOT NULL,
    province_code   VARCHAR(3)   NOT NULL,
    district_code   VARCHAR(3),
    commune_code    VARCHAR(5)   NOT NULL,
    citizen_id      VARCHAR(15),
    phone           VARCHAR(15),
    blood_group     VARCHAR(10),
    created_at      DATETIME     NOT NULL,
    updated_at      DATETIME     NOT NULL,
    row_version     BIGINT       NOT NULL,
    CONSTRAINT uk_patient_code UNIQUE (patient_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_patient_citizen_id ON patient (citizen_id);
CREATE INDEX ix_patient_name_birth ON patient (name_key, birth_year);

-- Insurance cards: one patient holds several cards over time (thẻ BHYT, QĐ 1351/QĐ-BHXH structure).
CREATE TABLE insurance_card (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id          BIGINT      NOT NULL,
    card_number         VARCHAR(15) NOT NULL,
    social_insurance_no VARCHAR(10) NOT NULL,
    group_code          VARCHAR(2)  NOT NULL,
    benefit_digit       INT         NOT NULL,
    issuing_province    VARCHAR(2)  NOT NULL,
    valid_from          DATE        NOT NULL,
    valid_to            DATE,
    registered_facility VARCHAR(5)  NOT NULL,
    living_area         VARCHAR(2),
    five_years_date     DATE,
    copay_exempt_from   DATE,
    created_at          DATETIME    NOT NULL,
    CONSTRAINT uk_card_period UNIQUE (card_number, valid_from),
    CONSTRAINT fk_card_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_card_number ON insurance_card (card_number);
CREATE INDEX ix_card_social_no ON insurance_card (social_insurance_no);

-- Encounters (đợt KCB), key MA_LK. Lifecycle OPEN → FINISHED → SETTLED (→ CORRECTING → FINISHED ...).
CREATE TABLE encounter (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    ma_lk               VARCHAR(100) NOT NULL,
    facility_id         BIGINT       NOT NULL,
    facility_code       VARCHAR(5)   NOT NULL,
    patient_id          BIGINT       NOT NULL,
    encounter_type      VARCHAR(2)   NOT NULL,
    status              VARCHAR(12)  NOT NULL,
    revision            INT          NOT NULL,
    visit_object_provisional VARCHAR(5),
    visit_object_final  VARCHAR(5),
    arrival_time        DATETIME     NOT NULL,
    inpatient_order_time DATETIME,
    discharge_time      DATETIME,
    visit_reason        VARCHAR(1024) NOT NULL,
    admission_reason    VARCHAR(1024),
    admission_reason_code VARCHAR(10),
    emergency           BOOLEAN      NOT NULL,
    referral_paper_no   VARCHAR(50),
    referred_from       VARCHAR(5),
    referred_to         VARCHAR(5),
    revisit_appointment BOOLEAN      NOT NULL,
    accident_code       VARCHAR(2),
    diagnosis_in        VARCHAR(2000),
    diagnosis_out       VARCHAR(2000),
    main_icd10          VARCHAR(10),
    secondary_icd10     VARCHAR(100),
    traditional_codes   VARCHAR(255),
    procedure_icd9      VARCHAR(255),
    department_codes    VARCHAR(100),
    treatment_result    INT,
    discharge_type      INT,
    treatment_method    VARCHAR(2000),
    doctor_advice       VARCHAR(2000),
    revisit_dates       VARCHAR(50),
    weight_kg           DECIMAL(6,2),
    newborn_weights     VARCHAR(100),
    record_no           VARCHAR(100),
    created_at          DATETIME     NOT NULL,
    updated_at          DATETIME     NOT NULL,
    row_version         BIGINT       NOT NULL,
    CONSTRAINT uk_encounter_ma_lk UNIQUE (ma_lk),
    CONSTRAINT fk_encounter_facility FOREIGN KEY (facility_id) REFERENCES facility (id),
    CONSTRAINT fk_encounter_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_encounter_facility_status ON encounter (facility_id, status, discharge_time);
CREATE INDEX ix_encounter_patient ON encounter (patient_id, arrival_time);

-- The card(s) presented for an encounter, copied as they were (a card changed during a stay adds a row).
CREATE TABLE encounter_card (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    encounter_id        BIGINT      NOT NULL,
    seq                 INT         NOT NULL,
    card_id             BIGINT      NOT NULL,
    card_number         VARCHAR(15) NOT NULL,
    registered_facility VARCHAR(5)  NOT NULL,
    valid_from          DATE        NOT NULL,
    valid_to            DATE,
    living_area         VARCHAR(2),
    five_years_date     DATE,
    copay_exempt_from   DATE,
    CONSTRAINT uk_encounter_card UNIQUE (encounter_id, seq),
    CONSTRAINT fk_encounter_card_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id),
    CONSTRAINT fk_encounter_card_card FOREIGN KEY (card_id) REFERENCES insurance_card (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Changes to a settled encounter are corrections with a reason (a new revision); every one is kept.
CREATE TABLE encounter_correction (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    encounter_id    BIGINT       NOT NULL,
    revision        INT          NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    requested_by    VARCHAR(100) NOT NULL,
    requested_at    DATETIME     NOT NULL,
    CONSTRAINT uk_encounter_correction UNIQUE (encounter_id, revision),
    CONSTRAINT fk_correction_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Order lines: drugs/blood (XML2) and services, beds, supplies, transport (XML3). One table, the kind says which.
CREATE TABLE order_line (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    encounter_id        BIGINT        NOT NULL,
    line_no             INT           NOT NULL,
    kind                VARCHAR(10)   NOT NULL,
    item_code           VARCHAR(255)  NOT NULL,
    item_name           VARCHAR(1024) NOT NULL,
    service_code        VARCHAR(255),
    supply_code         VARCHAR(255),
    cost_group          INT           NOT NULL,
    unit                VARCHAR(50)   NOT NULL,
    quantity            DECIMAL(18,3) NOT NULL,
    hospital_unit_price DECIMAL(18,3) NOT NULL,
    insurance_unit_price DECIMAL(18,3) NOT NULL,
    scope               INT           NOT NULL,
    insurance_ratio     INT           NOT NULL,
    service_ratio       INT           NOT NULL,
    supply_package      VARCHAR(4),
    order_time          DATETIME      NOT NULL,
    execution_time      DATETIME,
    result_time         DATETIME,
    department_code     VARCHAR(20)   NOT NULL,
    ordering_cchn       VARCHAR(255)  NOT NULL,
    performer_cchn      VARCHAR(255),
    icd10               VARCHAR(100),
    icd9                VARCHAR(255),
    bed_code            VARCHAR(50),
    payment_method      INT           NOT NULL,
    funding_source      INT,
    strength            VARCHAR(1024),
    route_code          VARCHAR(4),
    dosage_form         VARCHAR(1024),
    dosage              VARCHAR(1024),
    usage_note          VARCHAR(1024),
    registration_no     VARCHAR(255),
    tender_info         VARCHAR(100),
    fuel_code           VARCHAR(20),
    anaesthesia         INT,
    machine_code        VARCHAR(1024),
    other_nsnn          DECIMAL(18,2) NOT NULL,
    other_vtnn          DECIMAL(18,2) NOT NULL,
    other_vttn          DECIMAL(18,2) NOT NULL,
    other_cl            DECIMAL(18,2) NOT NULL,
    created_at          DATETIME      NOT NULL,
    CONSTRAINT uk_order_line UNIQUE (encounter_id, line_no),
    CONSTRAINT fk_order_line_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Paraclinical results (XML4).
CREATE TABLE paraclinical_result (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    encounter_id    BIGINT        NOT NULL,
    seq             INT           NOT NULL,
    service_code    VARCHAR(50),
    index_code      VARCHAR(50),
    index_name      VARCHAR(255)  NOT NULL,
    result_value    VARCHAR(50),
    unit            VARCHAR(50),
    description     VARCHAR(4000),
    conclusion      VARCHAR(4000),
    result_time     DATETIME,
    reader_id       VARCHAR(255),
    CONSTRAINT uk_paraclinical UNIQUE (encounter_id, seq),
    CONSTRAINT fk_paraclinical_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Clinical progress notes (XML5).
CREATE TABLE clinical_note (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    encounter_id    BIGINT        NOT NULL,
    seq             INT           NOT NULL,
    progress        VARCHAR(4000) NOT NULL,
    disease_stage   VARCHAR(1000),
    consultation    VARCHAR(2000),
    surgery         VARCHAR(4000),
    noted_at        DATETIME      NOT NULL,
    recorded_by     VARCHAR(255)  NOT NULL,
    CONSTRAINT uk_clinical_note UNIQUE (encounter_id, seq),
    CONSTRAINT fk_clinical_note_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Facility catalogues with validity: drugs, services (exam, bed, lab, imaging, procedure, transport), supplies.
CREATE TABLE catalog_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    facility_id         BIGINT        NOT NULL,
    kind                VARCHAR(10)   NOT NULL,
    code                VARCHAR(255)  NOT NULL,
    name                VARCHAR(1024) NOT NULL,
    active_ingredient   VARCHAR(255),
    cost_group          INT           NOT NULL,
    unit                VARCHAR(50)   NOT NULL,
    strength            VARCHAR(1024),
    route_code          VARCHAR(4),
    dosage_form         VARCHAR(1024),
    registration_no     VARCHAR(255),
    tender_info         VARCHAR(100),
    hospital_price      DECIMAL(18,3) NOT NULL,
    insurance_price     DECIMAL(18,3) NOT NULL,
    insurance_ratio     INT           NOT NULL,
    scope               INT           NOT NULL,
    valid_from          DATE          NOT NULL,
    valid_to            DATE,
    demo_data           BOOLEAN       NOT NULL,
    CONSTRAINT uk_catalog_item UNIQUE (facility_id, kind, code, valid_from),
    CONSTRAINT fk_catalog_item_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_catalog_item_code ON catalog_item (facility_id, code);

-- Counters for human-readable keys (MA_BN per province, MA_LK per facility and day); taken with a row lock.
CREATE TABLE code_sequence (
    name        VARCHAR(60) NOT NULL PRIMARY KEY,
    next_value  BIGINT      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
