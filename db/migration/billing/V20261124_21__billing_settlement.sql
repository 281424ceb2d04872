-- Settlement (his-billing): frozen priced versions of an encounter, their lines and the patient's payment.
-- A version is written once and never updated: a correction of a settled encounter writes version N+1 with
-- its reason, and every earlier version stays readable. Amounts DECIMAL(18,2), quantities / unit prices
-- DECIMAL(18,3) (QĐ 4750 Bảng 1-3 rounding). Values whose scale matters exactly (route factor, card and benefit
-- percentages of the visit object) are kept as their decimal text so a read-back equals what was priced.
-- Explanations are kept twice: encoded (message key + typed arguments, to render in any language) and as the
-- Vietnamese text shown to the patient when the version was frozen.
-- Portable SQL: MariaDB 10.11 / MySQL 8 and H2 2.x (MODE=MySQL).

CREATE TABLE billing_settled_version (
    encounter_id            BIGINT        NOT NULL,
    version_no              INT           NOT NULL,
    ma_lk                   VARCHAR(100)  NOT NULL,
    patient_id              BIGINT        NOT NULL,
    arrival_time            DATETIME      NOT NULL,
    reason                  VARCHAR(1000) NULL,
    settled_at              DATETIME      NOT NULL,
    settled_by              VARCHAR(100)  NOT NULL,
    -- visit object MA_DOITUONG_KCB as decided (or overridden by the clerk, with the reason)
    visit_object_code       VARCHAR(10)   NOT NULL,
    visit_encounter_type    VARCHAR(12)   NOT NULL,
    route_factor            VARCHAR(40)   NOT NULL,
    full_benefit            BOOLEAN       NOT NULL,
    exemptions_apply        BOOLEAN       NOT NULL,
    card_percent            VARCHAR(40)   NULL,
    benefit_percent         VARCHAR(40)   NULL,
    override_reason         VARCHAR(1000) NULL,
    rule_rank               INT           NOT NULL,
    rule_valid_from         DATE          NOT NULL,
    visit_explanation       TEXT          NOT NULL,
    visit_explanation_text  TEXT          NOT NULL,
    -- XML1 money fields (QĐ 4750 Bảng 1), each the exact sum of the lines
    t_thuoc                 DECIMAL(18,2) NOT NULL,
    t_vtyt                  DECIMAL(18,2) NOT NULL,
    t_tongchi_bv            DECIMAL(18,2) NOT NULL,
    t_tongchi_bh            DECIMAL(18,2) NOT NULL,
    t_bntt                  DECIMAL(18,2) NOT NULL,
    t_bncct                 DECIMAL(18,2) NOT NULL,
    t_bhtt                  DECIMAL(18,2) NOT NULL,
    t_nguonkhac_nsnn        DECIMAL(18,2) NOT NULL,
    t_nguonkhac_vtnn        DECIMAL(18,2) NOT NULL,
    t_nguonkhac_vttn        DECIMAL(18,2) NOT NULL,
    t_nguonkhac_cl          DECIMAL(18,2) NOT NULL,
    t_bhtt_gdv              DECIMAL(18,2) NOT NULL,
    copay_exempt_from       DATETIME      NULL,
    notes                   TEXT          NOT NULL,
    notes_text              TEXT          NOT NULL,
    CONSTRAINT pk_billing_settled_version PRIMARY KEY (encounter_id, version_no),
    CONSTRAINT fk_billing_settled_version_encounter FOREIGN KEY (encounter_id) REFERENCES encounter (id),
    CONSTRAINT ck_billing_settled_version_no CHECK (version_no >= 1)
);

-- the year's co-payments of a patient (five-year exemption, Luật BHYT art. 22 §1(đ))
CREATE INDEX ix_billing_settled_version_patient ON billing_settled_version (patient_id, arrival_time);

CREATE TABLE billing_settled_line (
    encounter_id            BIGINT        NOT NULL,
    version_no              INT           NOT NULL,
    seq                     INT           NOT NULL,
    line_id                 VARCHAR(100)  NOT NULL,
    line_table              VARCHAR(10)   NOT NULL,
    cost_group              INT           NOT NULL,
    ordered_at              DATETIME      NOT NULL,
    item_code               VARCHAR(255)  NULL,
    item_name               VARCHAR(1024) NULL,
    unit_name               VARCHAR(50)   NULL,
    card_code               VARCHAR(15)   NULL,
    quantity                DECIMAL(18,3) NOT NULL,
    hospital_unit_price     DECIMAL(18,3) NOT NULL,
    fund_unit_price         DECIMAL(18,3) NULL,
    service_rate_percent    DECIMAL(9,4)  NOT NULL,
    fund_rate_percent       DECIMAL(9,4)  NOT NULL,
    scope_code              INT           NOT NULL,
    payment_method          INT           NOT NULL,
    supply_package          VARCHAR(10)   NULL,
    supply_ceiling          DECIMAL(18,2) NULL,
    muc_huong               DECIMAL(9,4)  NULL,
    thanh_tien_bv           DECIMAL(18,2) NOT NULL,
    thanh_tien_bh           DECIMAL(18,2) NOT NULL,
    t_bhtt                  DECIMAL(18,2) NOT NULL,
    t_bncct                 DECIMAL(18,2) NOT NULL,
    t_bntt                  DECIMAL(18,2) NOT NULL,
    t_nguonkhac_nsnn        DECIMAL(18,2) NOT NULL,
    t_nguonkhac_vtnn        DECIMAL(18,2) NOT NULL,
    t_nguonkhac_vttn        DECIMAL(18,2) NOT NULL,
    t_nguonkhac_cl          DECIMAL(18,2) NOT NULL,
    explanations            TEXT          NOT NULL,
    explanation_text        TEXT          NOT NULL,
    CONSTRAINT pk_billing_settled_line PRIMARY KEY (encounter_id, version_no, seq),
    CONSTRAINT fk_billing_settled_line_version FOREIGN KEY (encounter_id, version_no)
        REFERENCES billing_settled_version (encounter_id, version_no),
    CONSTRAINT ck_billing_settled_line_identity CHECK (thanh_tien_bv = t_bhtt + t_bncct + t_bntt
        + t_nguonkhac_nsnn + t_nguonkhac_vtnn + t_nguonkhac_vttn + t_nguonkhac_cl)
);

-- one payment per version (cash or transfer; paid_at is XML1 NGAY_TTOAN); absent while discharged unpaid
CREATE TABLE billing_payment (
    encounter_id            BIGINT        NOT NULL,
    version_no              INT           NOT NULL,
    method                  VARCHAR(10)   NOT NULL,
    paid_at                 DATETIME      NOT NULL,
    amount                  DECIMAL(18,2) NOT NULL,
    reference               VARCHAR(100)  NULL,
    recorded_at             DATETIME      NOT NULL,
    CONSTRAINT pk_billing_payment PRIMARY KEY (encounter_id, version_no),
    CONSTRAINT fk_billing_payment_version FOREIGN KEY (encounter_id, version_no)
        REFERENCES billing_settled_version (encounter_id, version_no),
    CONSTRAINT ck_billing_payment_method CHECK (method IN ('CASH', 'TRANSFER')),
    CONSTRAINT ck_billing_payment_amount CHECK (amount >= 0)
);
