-- Billing rules as dated data (his-billing). Every row: valid_from DATE NOT NULL, valid_to DATE NULL (open),
-- source = the decision / evidence it rests on. Evidence marks as in shared/domain/bhyt-rules.md:
-- [C] confirmed, [R] one secondary source, [I] inference (kept as data so it can be corrected without code).
-- Portable SQL: MariaDB 10.11 / MySQL 8 and H2 2.x (MODE=MySQL). No ENUM, no triggers, no vendor functions.

-- 1. Base salary (lương cơ sở), bhyt-rules §2.3.
CREATE TABLE billing_base_salary (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    amount      DECIMAL(18,2) NOT NULL,
    valid_from  DATE          NOT NULL,
    valid_to    DATE          NULL,
    source      VARCHAR(500)  NOT NULL,
    CONSTRAINT uq_billing_base_salary UNIQUE (valid_from),
    CONSTRAINT ck_billing_base_salary_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_billing_base_salary_amount CHECK (amount > 0)
);

INSERT INTO billing_base_salary (amount, valid_from, valid_to, source) VALUES
 (1150000.00, '2013-07-01', '2016-04-30', 'NĐ 66/2013/NĐ-CP [C: bhyt-rules §2.3, S16]'),
 (1210000.00, '2016-05-01', '2017-06-30', 'NĐ 47/2016/NĐ-CP [C: TT 04/2017 worked examples, S1]'),
 (1300000.00, '2017-07-01', '2018-06-30', 'NĐ 47/2017/NĐ-CP [I: bhyt-rules §2.3]'),
 (1390000.00, '2018-07-01', '2019-06-30', 'NĐ 72/2018/NĐ-CP [C: 15% = 208,500 in S24]'),
 (1490000.00, '2019-07-01', '2023-06-30', 'NĐ 38/2019/NĐ-CP [C: S16]'),
 (1800000.00, '2023-07-01', '2024-06-30', 'NĐ 24/2023/NĐ-CP [C: S16]'),
 (2340000.00, '2024-07-01', '2026-06-30', 'NĐ 73/2024/NĐ-CP [C: S16]'),
 (2530000.00, '2026-07-01', NULL,         'NĐ 161/2026/NĐ-CP of 15/05/2026 [C: S14, S15, S13]');

-- 2. Benefit level per card digit (3rd character of the card code): Luật BHYT art. 22 §1 as amended by
--    Law 46/2014; NĐ 146/2018 art. 14 §1. ratio_limits_apply = payment ratios TYLE_TT_BH < 100 are enforced
--    (digit 1: not, art. 14 §1(b)); pays_out_of_scope = costs outside the BHYT scope are paid (digit 5,
--    armed forces, Luật BHYT art. 22 §1(a); NĐ 70/2015).
CREATE TABLE billing_benefit_level (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    benefit_digit       INT           NOT NULL,
    rate_percent        DECIMAL(7,4)  NOT NULL,
    ratio_limits_apply  BOOLEAN       NOT NULL,
    pays_out_of_scope   BOOLEAN       NOT NULL,
    valid_from          DATE          NOT NULL,
    valid_to            DATE          NULL,
    source              VARCHAR(500)  NOT NULL,
    CONSTRAINT uq_billing_benefit_level UNIQUE (benefit_digit, valid_from),
    CONSTRAINT ck_billing_benefit_level_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_billing_benefit_level_digit CHECK (benefit_digit BETWEEN 1 AND 5),
    CONSTRAINT ck_billing_benefit_level_rate CHECK (rate_percent >= 0 AND rate_percent <= 100)
);

INSERT INTO billing_benefit_level (benefit_digit, rate_percent, ratio_limits_apply, pays_out_of_scope, valid_from, valid_to, source) VALUES
 (1, 100.0000, FALSE, FALSE, '2015-01-01', NULL, 'Luật BHYT art. 22 §1(b); NĐ 146/2018 art. 14 §1(b): 100%, no payment-ratio limits [C: S1]'),
 (2, 100.0000, TRUE,  FALSE, '2015-01-01', NULL, 'Luật BHYT art. 22 §1(a); NĐ 146/2018 art. 14 §1(a) [C: S1]'),
 (3,  95.0000, TRUE,  FALSE, '2015-01-01', NULL, 'Luật BHYT art. 22 §1(e); NĐ 146/2018 art. 14 §1(e) [C: S1]'),
 (4,  80.0000, TRUE,  FALSE, '2015-01-01', NULL, 'Luật BHYT art. 22 §1(g); NĐ 146/2018 art. 14 §1(g) [C: S1]'),
 (5, 100.0000, TRUE,  TRUE,  '2015-01-01', NULL, 'Luật BHYT art. 22 §1(a): armed forces, out-of-scope costs paid by the armed-forces HI budget (NĐ 70/2015) [C: S1]');

-- 3. Which beneficiary group codes (characters 1-2) go with which benefit digit. QĐ 1351/QĐ-BHXH (2015) as
--    amended by QĐ 1697/QĐ-BHXH (2023) and QĐ 1018/QĐ-BHXH (2024), list as used in 2026 [C levels 1-3: S3;
--    R levels 4-5: S12]. The start date of codes added after 2015 is not verified [I].
CREATE TABLE billing_group_code (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_code     VARCHAR(2)    NOT NULL,
    benefit_digit  INT           NOT NULL,
    valid_from     DATE          NOT NULL,
    valid_to       DATE          NULL,
    source         VARCHAR(500)  NOT NULL,
    CONSTRAINT uq_billing_group_code UNIQUE (group_code, benefit_digit, valid_from),
    CONSTRAINT ck_billing_group_code_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_billing_group_code_digit CHECK (benefit_digit BETWEEN 1 AND 5)
);

INSERT INTO billing_group_code (group_code, benefit_digit, valid_from, valid_to, source) VALUES
 ('CC', 1, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 1 [C: S3, S12]'),
 ('TE', 1, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 1 [C: S3, S12]'),
 ('CK', 2, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 2 [C: S3, S12]'),
 ('CB', 2, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 2 [C: S3, S12]'),
 ('KC', 2, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 2 [C: S3, S12]'),
 ('HN', 2, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 2 [C: S3, S12]'),
 ('DT', 2, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 2 [C: S3, S12]'),
 ('DK', 2, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 2 [C: S3, S12]'),
 ('XD', 2, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 2 [C: S3, S12]'),
 ('BT', 2, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 2 [C: S3, S12]'),
 ('TS', 2, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 2 [C: S3, S12]'),
 ('AK', 2, '2015-01-01', NULL, 'QĐ 1018/QĐ-BHXH (2024); level 2 [R: S12; start date I]'),
 ('CT', 2, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 2 [R: S12]'),
 ('CN', 2, '2026-01-01', NULL, 'Nghị quyết 261/2025/QH15; CV 38/BYT-BH 06/01/2026: near-poor to level 2 [R: S12, bhyt-rules §1.2]'),
 ('LH', 2, '2026-01-01', NULL, 'Nghị quyết 261/2025/QH15; CV 38/BYT-BH 06/01/2026: 75+ on social pension to level 2 [R: S12, bhyt-rules §1.2]'),
 ('HT', 3, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 3 [C: S3, S12]'),
 ('TC', 3, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 3 [C: S3, S12]'),
 ('CN', 3, '2015-01-01', '2025-12-31', 'QĐ 1351/QĐ-BHXH art. 2; level 3 until the 2026 change [C: S3, S12]'),
 ('PV', 3, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 3 [R: S12]'),
 ('TG', 3, '2015-01-01', NULL, 'QĐ 1018/QĐ-BHXH (2024); level 3 [R: S12; start date I]'),
 ('DS', 3, '2015-01-01', NULL, 'QĐ 1018/QĐ-BHXH (2024); level 3 [R: S12; start date I]'),
 ('HK', 3, '2015-01-01', NULL, 'QĐ 1018/QĐ-BHXH (2024); level 3 [R: S12; start date I]'),
 ('DN', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [C: S2, S12]'),
 ('HX', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [C: S2, S12]'),
 ('CH', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [C: S2, S12]'),
 ('NN', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [C: S2, S12]'),
 ('TK', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [C: S2, S12]'),
 ('HC', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [C: S2, S12]'),
 ('XK', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [C: S2, S12]'),
 ('TB', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [C: S2, S12]'),
 ('NO', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('XB', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('TN', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('CS', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('XN', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('MS', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('HD', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('TQ', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('TA', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('TY', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('HG', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('LS', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('LH', 4, '2015-01-01', '2025-12-31', 'QĐ 1018/QĐ-BHXH (2024); level 4 until the 2026 change [R: S12]'),
 ('HS', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('SV', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('GB', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [R: S12]'),
 ('GD', 4, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 4 [C: S2, S12]'),
 ('ND', 4, '2015-01-01', NULL, 'QĐ 1018/QĐ-BHXH (2024); level 4 [R: S12; start date I]'),
 ('TH', 4, '2015-01-01', NULL, 'QĐ 1018/QĐ-BHXH (2024); level 4 [R: S12; start date I]'),
 ('TV', 4, '2015-01-01', NULL, 'QĐ 1018/QĐ-BHXH (2024); level 4 [R: S12; start date I]'),
 ('TD', 4, '2015-01-01', NULL, 'QĐ 1018/QĐ-BHXH (2024); level 4 [R: S12; start date I]'),
 ('TU', 4, '2015-01-01', NULL, 'QĐ 1018/QĐ-BHXH (2024); level 4 [R: S12; start date I]'),
 ('BA', 4, '2015-01-01', NULL, 'QĐ 1018/QĐ-BHXH (2024); level 4 [R: S12; start date I]'),
 ('QN', 5, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 5 armed forces [C: S12, S1 art. 22 §1(a)]'),
 ('CA', 5, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 5 armed forces [C: S12, S1 art. 22 §1(a)]'),
 ('CY', 5, '2015-01-01', NULL, 'QĐ 1351/QĐ-BHXH art. 2; level 5 armed forces [C: S12, S1 art. 22 §1(a)]');

-- 4. Dated override of the printed digit: cards and XML may still carry the old digit after a group moved.
CREATE TABLE billing_benefit_override (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_code       VARCHAR(2)    NOT NULL,
    printed_digit    INT           NOT NULL,
    effective_digit  INT           NOT NULL,
    valid_from       DATE          NOT NULL,
    valid_to         DATE          NULL,
    source           VARCHAR(500)  NOT NULL,
    CONSTRAINT uq_billing_benefit_override UNIQUE (group_code, printed_digit, valid_from),
    CONSTRAINT ck_billing_benefit_override_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_billing_benefit_override_digits CHECK (printed_digit BETWEEN 1 AND 5 AND effective_digit BETWEEN 1 AND 5)
);

INSERT INTO billing_benefit_override (group_code, printed_digit, effective_digit, valid_from, valid_to, source) VALUES
 ('CN', 3, 2, '2026-01-01', NULL, 'Nghị quyết 261/2025/QH15; CV 38/BYT-BH 06/01/2026: CN+3 read as 2 [R: S12 audit engine, bhyt-rules §1.2]'),
 ('LH', 4, 2, '2026-01-01', NULL, 'Nghị quyết 261/2025/QH15; CV 38/BYT-BH 06/01/2026: LH+4 read as 2 [R: S12 audit engine, bhyt-rules §1.2]');

-- 5. Visit objects (MA_DOITUONG_KCB). One row is one line of the table: rows are tried in rank_no order and
--    the first whose criteria match wins (QĐ 3276/QĐ-BYT PL1: "nhiều mã thì chọn mã đầu tiên theo thứ tự").
--    A code may have several rows (different dates, or different criteria). Criteria columns:
--      arrival      REGISTERED_FACILITY | REFERRAL | RESIDENCE_CHANGE | REVISIT_APPOINTMENT | ORGAN_DONOR |
--                   NEWBORN | EMERGENCY | SELF_REFERRAL (none of the others) | ANY | CLERK_ONLY (never chosen
--                   automatically, only by a clerk override)
--      care_levels  comma list of PRIMARY,BASIC,SPECIALISED (technical level since 2025); NULL = any
--      former_routes / former_routes_excluded  comma lists of CENTRAL,PROVINCIAL,DISTRICT,COMMUNE (tuyến
--                   before 01/01/2025); NULL = no condition
--      points_min (inclusive) / points_max (exclusive): ranking points of a basic-level facility;
--                   provisional_ok = a provisionally ranked facility satisfies the points condition
--      primary_unit, same_province, appendix_i, appendix_ii, k_area: REQUIRED | EXCLUDED | NULL (any)
--      factor_inpatient / factor_outpatient: route factor r; NULL = the row does not apply to that type
--      full_benefit: 100% of in-scope cost whatever the card level (code 1.2)
--      exemptions_apply: the 15%-of-LCS and 5-year co-payment exemptions may apply (bhyt-rules §3.3, §9 step 6:
--                   only when r = 1 [I]; statute art. 22 §1(đ) excludes self-referral for the 5-year rule)
--    Rows up to 31/12/2024 use the older code list (QĐ 824/2023 PL2 -> QĐ 2010 PL5, meanings as implemented
--    by a vendor [C: dh-hos]) with the factors of Luật BHYT art. 22 §3-§6 (2014 text) [C: S1]; their table
--    order is not confirmed [I].
CREATE TABLE billing_visit_object (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                    VARCHAR(5)    NOT NULL,
    rank_no                 INT           NOT NULL,
    description_vi          VARCHAR(500)  NOT NULL,
    description_en          VARCHAR(500)  NOT NULL,
    arrival                 VARCHAR(30)   NOT NULL,
    care_levels             VARCHAR(60)   NULL,
    former_routes           VARCHAR(60)   NULL,
    former_routes_excluded  VARCHAR(60)   NULL,
    points_min              DECIMAL(6,2)  NULL,
    points_max              DECIMAL(6,2)  NULL,
    provisional_ok          BOOLEAN       NOT NULL,
    primary_unit            VARCHAR(10)   NULL,
    same_province           VARCHAR(10)   NULL,
    appendix_i              VARCHAR(10)   NULL,
    appendix_ii             VARCHAR(10)   NULL,
    k_area                  VARCHAR(10)   NULL,
    factor_inpatient        DECIMAL(5,4)  NULL,
    factor_outpatient       DECIMAL(5,4)  NULL,
    full_benefit            BOOLEAN       NOT NULL,
    exemptions_apply        BOOLEAN       NOT NULL,
    valid_from              DATE          NOT NULL,
    valid_to                DATE          NULL,
    source                  VARCHAR(500)  NOT NULL,
    CONSTRAINT uq_billing_visit_object UNIQUE (rank_no, valid_from),
    CONSTRAINT ck_billing_visit_object_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_billing_visit_object_factors CHECK ((factor_inpatient IS NULL OR (factor_inpatient >= 0 AND factor_inpatient <= 1))
                                                   AND (factor_outpatient IS NULL OR (factor_outpatient >= 0 AND factor_outpatient <= 1)))
);

-- 5a. Regime up to 31/12/2024.
INSERT INTO billing_visit_object (code, rank_no, description_vi, description_en, arrival, care_levels, former_routes, former_routes_excluded,
    points_min, points_max, provisional_ok, primary_unit, same_province, appendix_i, appendix_ii, k_area,
    factor_inpatient, factor_outpatient, full_benefit, exemptions_apply, valid_from, valid_to, source) VALUES
 ('1.1', 10, 'Khám tại nơi đăng ký ban đầu', 'Care at the registered facility', 'REGISTERED_FACILITY', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2015-01-01', '2024-12-31',
    'TT 30/2020/TT-BYT art. 6; old code list QĐ 824/2023 PL2 [C: dh-hos meanings]'),
 ('1.2', 20, 'Thông tuyến xã, huyện trong tỉnh', 'Commune or district facility in the same province (thông tuyến)', 'SELF_REFERRAL', NULL, 'COMMUNE,DISTRICT', NULL,
    NULL, NULL, FALSE, NULL, 'REQUIRED', NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2016-01-01', '2024-12-31',
    'Luật BHYT art. 22 §4 (2014 text), from 01/01/2016 [C: S1]'),
 ('1.3', 30, 'Có giấy chuyển tuyến đúng quy định', 'Referral letter', 'REFERRAL', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2015-01-01', '2024-12-31',
    'TT 30/2020/TT-BYT art. 6; NĐ 146/2018 form 6 [C: S1]'),
 ('1.4', 40, 'Đi công tác, tạm trú, học tập có giấy tờ', 'Temporary stay, business travel or study with papers', 'RESIDENCE_CHANGE', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2015-01-01', '2024-12-31',
    'TT 30/2020/TT-BYT art. 6 [C: S1]'),
 ('1.5', 50, 'Khám lại theo giấy hẹn', 'Re-examination appointment', 'REVISIT_APPOINTMENT', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2015-01-01', '2024-12-31',
    'TT 30/2020/TT-BYT art. 6 [C: S1]'),
 ('1.6', 60, 'Người hiến tạng điều trị ngay sau hiến', 'Organ donor treated right after donation', 'ORGAN_DONOR', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2015-01-01', '2024-12-31',
    'TT 30/2020/TT-BYT art. 6 [C: S1]; code 1.6 in the old list [I]'),
 ('1.7', 70, 'Trẻ sơ sinh điều trị ngay sau sinh', 'Newborn treated right after birth', 'NEWBORN', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2015-01-01', '2024-12-31',
    'TT 30/2020/TT-BYT art. 6 [C: S1]; old code 1.7 [C: dh-hos]'),
 ('2', 80, 'Cấp cứu', 'Emergency', 'EMERGENCY', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2015-01-01', '2024-12-31',
    'TT 30/2020/TT-BYT art. 6: emergency at any facility [C: S1]'),
 ('3.6', 85, 'Người dân tộc thiểu số, hộ nghèo vùng khó khăn, xã đảo tự đi khám tại tuyến huyện', 'Ethnic minority / poor household in a difficult area or island resident, district level', 'SELF_REFERRAL', NULL, 'DISTRICT', NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, 'REQUIRED', 1.0000, 1.0000, FALSE, TRUE, '2015-01-01', '2024-12-31',
    'Luật BHYT art. 22 §5 (2014 text) [C: S1]; placed before 3.1-3.3 [I]'),
 ('3.6', 86, 'Người dân tộc thiểu số, hộ nghèo vùng khó khăn, xã đảo tự đi điều trị nội trú tuyến tỉnh, trung ương', 'Ethnic minority / poor household in a difficult area or island resident, inpatient at provincial or central level', 'SELF_REFERRAL', NULL, 'PROVINCIAL,CENTRAL', NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, 'REQUIRED', 1.0000, NULL, FALSE, TRUE, '2015-01-01', '2024-12-31',
    'Luật BHYT art. 22 §5 (2014 text) [C: S1]; placed before 3.1-3.3 [I]'),
 ('3.1', 90, 'Tự đi khám tại bệnh viện tuyến trung ương', 'Self-referral to a central hospital', 'SELF_REFERRAL', NULL, 'CENTRAL', NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 0.4000, 0.0000, FALSE, FALSE, '2015-01-01', '2024-12-31',
    'Luật BHYT art. 22 §3(a) (2014 text): 40% of inpatient cost, outpatient not paid [C: S1]; old code 3.1 [I]'),
 ('3.2', 100, 'Tự đi điều trị nội trú tại bệnh viện tuyến tỉnh', 'Self-referral, inpatient at a provincial hospital', 'SELF_REFERRAL', NULL, 'PROVINCIAL', NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 0.6000, NULL, FALSE, FALSE, '2015-01-01', '2020-12-31',
    'Luật BHYT art. 22 §3(b) (2014 text): 60% of inpatient cost until 31/12/2020 [C: S1]'),
 ('3.2', 100, 'Tự đi điều trị nội trú tại bệnh viện tuyến tỉnh', 'Self-referral, inpatient at a provincial hospital', 'SELF_REFERRAL', NULL, 'PROVINCIAL', NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, NULL, FALSE, TRUE, '2021-01-01', '2024-12-31',
    'Luật BHYT art. 22 §3(b), §6 (2014 text): 100% of inpatient cost nationwide from 01/01/2021 [C: S1]'),
 ('3.5', 105, 'Tự đi khám ngoại trú tại bệnh viện tuyến tỉnh', 'Self-referral, outpatient at a provincial hospital', 'SELF_REFERRAL', NULL, 'PROVINCIAL', NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, NULL, 0.0000, FALSE, FALSE, '2015-01-01', '2024-12-31',
    'Luật BHYT art. 22 §3 (2014 text) names inpatient only: outpatient not paid [C: S1, S6, S7]; old code 3.5 [C: dh-hos]'),
 ('3.3', 110, 'Tự đi khám tại tuyến huyện (ngoài thông tuyến)', 'Self-referral to district level outside thông tuyến', 'SELF_REFERRAL', NULL, 'DISTRICT,COMMUNE', NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 0.7000, 0.7000, FALSE, FALSE, '2015-01-01', '2015-12-31',
    'Luật BHYT art. 22 §3(c) (2014 text): 70% until 31/12/2015 [C: S1]; commune of another province treated alike [I]'),
 ('3.3', 110, 'Tự đi khám tại tuyến huyện (ngoài thông tuyến)', 'Self-referral to district level outside thông tuyến', 'SELF_REFERRAL', NULL, 'DISTRICT,COMMUNE', NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2016-01-01', '2024-12-31',
    'Luật BHYT art. 22 §3(c) (2014 text): 100% from 01/01/2016 [C: S1]; commune of another province treated alike [I]');

-- 5b. Regime from 01/01/2025: QĐ 3276/QĐ-BYT (17/10/2025) PL1, 27 codes in table order [C: S11, two copies];
--     applied from 01/01/2025 (Law 51/2024 art. 22 route points, TT 01/2025) [C: S11, S7, S9, S10].
INSERT INTO billing_visit_object (code, rank_no, description_vi, description_en, arrival, care_levels, former_routes, former_routes_excluded,
    points_min, points_max, provisional_ok, primary_unit, same_province, appendix_i, appendix_ii, k_area,
    factor_inpatient, factor_outpatient, full_benefit, exemptions_apply, valid_from, valid_to, source) VALUES
 ('1.1', 10, 'Khám tại nơi đăng ký ban đầu', 'Care at the registered facility', 'REGISTERED_FACILITY', NULL, NULL, NULL,
    NULL, NULL, FALSE, 'EXCLUDED', NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.1 (except 1.2) [C: S11]'),
 ('1.2', 20, 'Khám tại cơ sở cấp ban đầu', 'Care at a primary-level facility', 'ANY', 'PRIMARY', NULL, NULL,
    NULL, NULL, FALSE, 'REQUIRED', NULL, NULL, NULL, NULL, 1.0000, 1.0000, TRUE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.2: 100% of in-scope cost regardless of card level; Luật BHYT art. 22 §1(c), §4(c); TT 01/2025 art. 3 [C: S11]'),
 ('1.3', 30, 'Có giấy chuyển tuyến (kể cả giấy có giá trị 01 năm)', 'Referral letter (including one-year letters)', 'REFERRAL', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.3; TT 01/2025 art. 9-10 [C: S11]'),
 ('1.4', 40, 'Thay đổi nơi tạm trú, cư trú', 'Change of stay or residence', 'RESIDENCE_CHANGE', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.4; TT 01/2025 art. 4 [C: S11]'),
 ('1.5', 50, 'Khám lại theo giấy hẹn', 'Re-examination appointment', 'REVISIT_APPOINTMENT', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.5; TT 01/2025 art. 11 [C: S11]'),
 ('1.6', 60, 'Người hiến tạng điều trị ngay sau hiến', 'Organ donor treated right after donation', 'ORGAN_DONOR', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.6; NĐ 188/2025 art. 37 §4 [C: S11]'),
 ('1.7', 70, 'Trẻ sơ sinh điều trị ngay sau sinh', 'Newborn treated right after birth', 'NEWBORN', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.7; NĐ 188/2025 art. 37 §2 [C: S11]'),
 ('1.11', 110, 'Tự đi khám tại cơ sở cấp ban đầu khác', 'Self-referral to another primary-level facility', 'SELF_REFERRAL', 'PRIMARY', NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.11; Luật BHYT art. 22 §4(c) [C: S11]'),
 ('1.12', 120, 'Tự đi khám ngoại trú tại cơ sở cấp cơ bản dưới 50 điểm hoặc tạm xếp cấp', 'Self-referral, outpatient, basic level under 50 points or provisionally ranked', 'SELF_REFERRAL', 'BASIC', NULL, 'CENTRAL,PROVINCIAL',
    NULL, 50.00, TRUE, NULL, NULL, NULL, NULL, NULL, NULL, 1.0000, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.12; NĐ 188/2025 art. 19 §1 [C: S11]'),
 ('1.13', 130, 'Tự đi khám ngoại trú tại cơ sở cấp cơ bản từ 50 đến 70 điểm', 'Self-referral, outpatient, basic level with 50 to 70 points', 'SELF_REFERRAL', 'BASIC', NULL, 'CENTRAL,PROVINCIAL,DISTRICT',
    50.00, NULL, FALSE, NULL, NULL, NULL, 'EXCLUDED', NULL, NULL, 0.0000, FALSE, FALSE, '2025-01-01', '2026-06-30',
    'QĐ 3276/QĐ-BYT PL1 code 1.13; NĐ 188/2025 art. 19 §2: not paid until 30/06/2026 [C: S11]; ex-district excluded by art. 22 §4(đ) [I]'),
 ('1.13', 130, 'Tự đi khám ngoại trú tại cơ sở cấp cơ bản từ 50 đến 70 điểm', 'Self-referral, outpatient, basic level with 50 to 70 points', 'SELF_REFERRAL', 'BASIC', NULL, 'CENTRAL,PROVINCIAL,DISTRICT',
    50.00, NULL, FALSE, NULL, NULL, NULL, 'EXCLUDED', NULL, NULL, 0.5000, FALSE, FALSE, '2026-07-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.13; NĐ 188/2025 art. 19 §2: 50% from 01/07/2026 [C: S11, S8, S7, S13]; ex-district excluded by art. 22 §4(đ) [I]'),
 ('1.14', 140, 'Tự đi khám ngoại trú tại cơ sở cấp cơ bản trước 01/01/2025 là tuyến tỉnh, trung ương', 'Self-referral, outpatient, basic level, provincial or central before 2025', 'SELF_REFERRAL', 'BASIC', 'CENTRAL,PROVINCIAL', NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, 'EXCLUDED', NULL, NULL, 0.0000, FALSE, FALSE, '2025-01-01', '2026-06-30',
    'QĐ 3276/QĐ-BYT PL1 code 1.14; NĐ 188/2025 art. 19 §3: not paid until 30/06/2026 [C: S11]'),
 ('1.14', 140, 'Tự đi khám ngoại trú tại cơ sở cấp cơ bản trước 01/01/2025 là tuyến tỉnh, trung ương', 'Self-referral, outpatient, basic level, provincial or central before 2025', 'SELF_REFERRAL', 'BASIC', 'CENTRAL,PROVINCIAL', NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, 'EXCLUDED', NULL, NULL, 0.5000, FALSE, FALSE, '2026-07-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.14; NĐ 188/2025 art. 19 §3: 50% from 01/07/2026 [C: S11, S8, S7, S13]'),
 ('1.15', 150, 'Tự đi điều trị nội trú tại cơ sở cấp cơ bản', 'Self-referral, inpatient at a basic-level facility', 'SELF_REFERRAL', 'BASIC', NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, NULL, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.15; Luật BHYT art. 22 §4(d) [C: S11]'),
 ('1.16', 160, 'Tự đi khám bệnh thuộc Phụ lục II tại cơ sở cấp cơ bản', 'Self-referral to basic level for an Appendix II disease', 'SELF_REFERRAL', 'BASIC', NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, 'REQUIRED', NULL, 1.0000, 1.0000, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.16; Luật BHYT art. 22 §4(a); TT 01/2025 art. 5 §1(b) [C: S11]'),
 ('1.17', 170, 'Tự đi khám bệnh thuộc Phụ lục I tại cơ sở cấp chuyên sâu', 'Self-referral to specialised level for an Appendix I disease', 'SELF_REFERRAL', 'SPECIALISED', NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, 'REQUIRED', NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.17; Luật BHYT art. 22 §4(a); TT 01/2025 art. 5 §1(a) [C: S11]'),
 ('1.18', 180, 'Tự đi khám ngoại trú tại cơ sở cấp chuyên sâu trước 01/01/2025 là tuyến tỉnh', 'Self-referral, outpatient, specialised level, provincial before 2025', 'SELF_REFERRAL', 'SPECIALISED', 'PROVINCIAL', NULL,
    NULL, NULL, FALSE, NULL, NULL, 'EXCLUDED', NULL, NULL, NULL, 0.0000, FALSE, FALSE, '2025-01-01', '2026-06-30',
    'QĐ 3276/QĐ-BYT PL1 code 1.18; Luật BHYT art. 22 §4(h); NĐ 188/2025 art. 19 §4: not paid until 30/06/2026 [C: S11]'),
 ('1.18', 180, 'Tự đi khám ngoại trú tại cơ sở cấp chuyên sâu trước 01/01/2025 là tuyến tỉnh', 'Self-referral, outpatient, specialised level, provincial before 2025', 'SELF_REFERRAL', 'SPECIALISED', 'PROVINCIAL', NULL,
    NULL, NULL, FALSE, NULL, NULL, 'EXCLUDED', NULL, NULL, NULL, 0.5000, FALSE, FALSE, '2026-07-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 1.18; NĐ 188/2025 art. 19 §4: 50% from 01/07/2026 [C: S11, S8, S7, S13]'),
 ('2', 200, 'Cấp cứu', 'Emergency', 'EMERGENCY', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 2; Luật BHYT art. 22 §5 [C: S11]'),
 ('3.1', 210, 'Tự đi khám tại cơ sở cấp chuyên sâu trước 01/01/2025 là tuyến trung ương', 'Self-referral to specialised level, central before 2025', 'SELF_REFERRAL', 'SPECIALISED', 'CENTRAL', NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 0.4000, 0.0000, FALSE, FALSE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 3.1: 40% inpatient, 0% outpatient; Luật BHYT art. 22 §4(g) [C: S11]'),
 ('3.2', 220, 'Tự đi điều trị nội trú tại cơ sở cấp chuyên sâu trước 01/01/2025 là tuyến tỉnh', 'Self-referral, inpatient at specialised level, provincial before 2025', 'SELF_REFERRAL', 'SPECIALISED', 'PROVINCIAL', NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, NULL, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 3.2; Luật BHYT art. 22 §4(h) [C: S11]'),
 ('3.3', 230, 'Tự đi khám tại cơ sở trước 01/01/2025 là tuyến huyện', 'Self-referral to a facility that was district level before 2025', 'SELF_REFERRAL', 'BASIC,SPECIALISED', 'DISTRICT', NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 3.3; Luật BHYT art. 22 §4(đ) [C: S11]'),
 ('3.6', 260, 'Người dân tộc thiểu số, hộ nghèo vùng khó khăn, xã đảo điều trị nội trú tại cơ sở cấp chuyên sâu', 'Ethnic minority / poor household in a difficult area or island resident, inpatient at specialised level', 'SELF_REFERRAL', 'SPECIALISED', NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, 'REQUIRED', 1.0000, NULL, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 3.6; Luật BHYT art. 22 §4(b) [C: S11]'),
 ('7', 270, 'Lĩnh thuốc theo giấy hẹn khi có dịch nhóm A hoặc bất khả kháng', 'Medicine pickup by appointment during a group-A epidemic or force majeure', 'CLERK_ONLY', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 1.0000, 1.0000, FALSE, TRUE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 7; TT 37/2024 art. 15 [C: S11]'),
 ('7.2', 272, 'Lĩnh thuốc do người được ủy quyền', 'Medicine pickup by an authorised person', 'CLERK_ONLY', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 7.2: benefit per case [C: S11]; factor not tabulated'),
 ('7.3', 273, 'Lĩnh thuốc tại cơ sở khác', 'Medicine pickup at another facility', 'CLERK_ONLY', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 7.3: benefit per case [C: S11]; factor not tabulated'),
 ('7.4', 274, 'Lĩnh thuốc trường hợp khác theo mã 7', 'Medicine pickup, other case of code 7', 'CLERK_ONLY', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 7.4: benefit per case [C: S11]; meaning not verified [I]'),
 ('8', 280, 'Thu hồi đề nghị thanh toán', 'Withdrawal of a payment request', 'CLERK_ONLY', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 8 [C: S11]; not a pricing case'),
 ('9', 290, 'Người bệnh không khám chữa bệnh BHYT', 'Not a BHYT patient', 'CLERK_ONLY', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, 0.0000, 0.0000, FALSE, FALSE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 9 [C: S11]'),
 ('10', 300, 'Lĩnh thuốc theo giấy hẹn (ngoài mã 7)', 'Medicine pickup by appointment (other than code 7)', 'CLERK_ONLY', NULL, NULL, NULL,
    NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, '2025-01-01', NULL,
    'QĐ 3276/QĐ-BYT PL1 code 10: benefit per case [C: S11]; factor not tabulated');

-- 6. Facility levels where every in-scope cost is paid at 100% whatever the card level, apart from code 1.2:
--    the commune level (tuyến xã) of the 2014 text of Luật BHYT art. 22 §1(c).
CREATE TABLE billing_full_benefit_level (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    care_level    VARCHAR(12)   NULL,
    former_route  VARCHAR(12)   NULL,
    valid_from    DATE          NOT NULL,
    valid_to      DATE          NULL,
    source        VARCHAR(500)  NOT NULL,
    CONSTRAINT ck_billing_full_benefit_level_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_billing_full_benefit_level_key CHECK (care_level IS NOT NULL OR former_route IS NOT NULL)
);

INSERT INTO billing_full_benefit_level (care_level, former_route, valid_from, valid_to, source) VALUES
 (NULL, 'COMMUNE', '2015-01-01', '2024-12-31', 'Luật BHYT art. 22 §1(c) (2014 text): 100% at commune level [C: S1]; from 2025 code 1.2 of QĐ 3276 carries the rule');

-- 7. Thresholds as multiples of the base salary.
CREATE TABLE billing_threshold (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    threshold_kind  VARCHAR(40)   NOT NULL,
    lcs_multiple    DECIMAL(9,4)  NOT NULL,
    valid_from      DATE          NOT NULL,
    valid_to        DATE          NULL,
    source          VARCHAR(500)  NOT NULL,
    CONSTRAINT uq_billing_threshold UNIQUE (threshold_kind, valid_from),
    CONSTRAINT ck_billing_threshold_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_billing_threshold_multiple CHECK (lcs_multiple > 0)
);

INSERT INTO billing_threshold (threshold_kind, lcs_multiple, valid_from, valid_to, source) VALUES
 ('VISIT_FULL_BENEFIT', 0.1500, '2015-01-01', NULL, 'Luật BHYT art. 22 §1(d); NĐ 146/2018 art. 14 §1(d): one visit below 15% of LCS paid at 100% [C: S1]'),
 ('FIVE_YEAR_COPAYMENT', 6.0000, '2015-01-01', NULL, 'Luật BHYT art. 22 §1(đ); NĐ 146/2018 art. 14 §1(đ): 5 years continuous and co-payments above 6 months of LCS in the year [C: S1]'),
 ('SUPPLY_CEILING', 45.0000, '2017-06-01', NULL, 'TT 04/2017/TT-BYT art. 3 §2(b): supplies of one use of a technical service capped at 45 months of LCS [C: S1]; start date [I]');

-- 8. Special service percentages (TYLE_TT_DV), QĐ 4750 appendix Bảng 3 field TYLE_TT_DV (as corrected) [P];
--    rules from TT 39/2018/TT-BYT as amended [C: S22, S19]; start date [I].
CREATE TABLE billing_service_rate (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    rate_kind     VARCHAR(40)   NOT NULL,
    ordinal_from  INT           NOT NULL,
    ordinal_to    INT           NULL,
    rate_percent  DECIMAL(7,4)  NOT NULL,
    valid_from    DATE          NOT NULL,
    valid_to      DATE          NULL,
    source        VARCHAR(500)  NOT NULL,
    CONSTRAINT uq_billing_service_rate UNIQUE (rate_kind, ordinal_from, valid_from),
    CONSTRAINT ck_billing_service_rate_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_billing_service_rate_ordinals CHECK (ordinal_from >= 1 AND (ordinal_to IS NULL OR ordinal_to >= ordinal_from)),
    CONSTRAINT ck_billing_service_rate_percent CHECK (rate_percent >= 0 AND rate_percent <= 100)
);

INSERT INTO billing_service_rate (rate_kind, ordinal_from, ordinal_to, rate_percent, valid_from, valid_to, source) VALUES
 ('EXAM', 1, 1, 100.0000, '2018-12-15', NULL, 'QĐ 4750 Bảng 3 TYLE_TT_DV: first exam 100'),
 ('EXAM', 2, 4,  30.0000, '2018-12-15', NULL, 'QĐ 4750 Bảng 3 TYLE_TT_DV: 2nd to 4th exam 30; TT 39/2018 [C: S22 CK_41]'),
 ('EXAM', 5, 5,  10.0000, '2018-12-15', NULL, 'QĐ 4750 Bảng 3 TYLE_TT_DV: 5th exam 10'),
 ('EXAM', 6, NULL, 0.0000, '2018-12-15', NULL, 'QĐ 4750 Bảng 3 TYLE_TT_DV: 6th exam onwards 0'),
 ('SHARED_BED', 1, 1, 100.0000, '2018-12-15', NULL, 'QĐ 4750 Bảng 3 TYLE_TT_DV: one patient per bed 100'),
 ('SHARED_BED', 2, 2,  50.0000, '2018-12-15', NULL, 'QĐ 4750 Bảng 3 TYLE_TT_DV: two patients per bed 50'),
 ('SHARED_BED', 3, NULL, 33.0000, '2018-12-15', NULL, 'QĐ 4750 Bảng 3 TYLE_TT_DV: three or more per bed 33'),
 ('ADDITIONAL_SURGERY_SAME_TEAM', 1, 1, 100.0000, '2018-12-15', NULL, 'QĐ 4750 Bảng 3 TYLE_TT_DV: first intervention 100'),
 ('ADDITIONAL_SURGERY_SAME_TEAM', 2, NULL, 50.0000, '2018-12-15', NULL, 'QĐ 4750 Bảng 3 TYLE_TT_DV: 2nd+ intervention in one operation by the same team 50'),
 ('ADDITIONAL_SURGERY_OTHER_TEAM', 1, 1, 100.0000, '2018-12-15', NULL, 'QĐ 4750 Bảng 3 TYLE_TT_DV: first intervention 100'),
 ('ADDITIONAL_SURGERY_OTHER_TEAM', 2, NULL, 80.0000, '2018-12-15', NULL, 'QĐ 4750 Bảng 3 TYLE_TT_DV: 2nd+ intervention by another team 80'),
 ('ADDITIONAL_PROCEDURE', 1, 1, 100.0000, '2018-12-15', NULL, 'QĐ 4750 Bảng 3 TYLE_TT_DV: first intervention 100'),
 ('ADDITIONAL_PROCEDURE', 2, NULL, 80.0000, '2018-12-15', NULL, 'QĐ 4750 Bảng 3 TYLE_TT_DV: 2nd+ intervention that is a procedure (thủ thuật) 80');
