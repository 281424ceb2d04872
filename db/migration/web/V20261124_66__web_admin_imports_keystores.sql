-- Catalogue imports and uploaded signing keystores of the administrator screens (issue 5).
-- Catalogue imports of the administrator screens (issue 5, vn.his.web.admin.catalog): the uploaded file (CSV or
-- .xlsx) is kept between the preview and the confirmation, with the SHA-256 of the previewed plan, so the confirmation
-- applies exactly what was previewed (on any node) or refuses when the catalogue changed in between; then the counts
-- of the applied import are the report.
CREATE TABLE catalog_import (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    facility_id  BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content      LONGBLOB     NOT NULL,
    plan_hash    CHAR(64)     NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    created_by   VARCHAR(60)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    applied_at   DATETIME(3),
    added        INT          NOT NULL,
    changed      INT          NOT NULL,
    unchanged    INT          NOT NULL,
    refused      INT          NOT NULL,
    CONSTRAINT fk_catalog_import_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_catalog_import_facility ON catalog_import (facility_id, created_at);

-- Signing keystore (PKCS#12) uploaded by an administrator for a facility (vn.his.web.admin.facility): used before the
-- configured his.signing.* files (vn.his.export.signing.UploadedKeystores). The keystore password is stored encrypted
-- exactly as gateway_account.password_encrypted (AES-GCM, key his.gateway.credential-key, associated data
-- "keystore|<facility_code>|<sha256>"); subject and validity are copied for the screens.
CREATE TABLE facility_keystore (
    facility_code      VARCHAR(5)   NOT NULL PRIMARY KEY,
    content            LONGBLOB     NOT NULL,
    sha256             CHAR(64)     NOT NULL,
    password_encrypted VARCHAR(500) NOT NULL,
    alias              VARCHAR(100) NOT NULL,
    subject            VARCHAR(500) NOT NULL,
    issuer             VARCHAR(500) NOT NULL,
    serial_number      VARCHAR(100) NOT NULL,
    not_before         DATETIME     NOT NULL,
    not_after          DATETIME     NOT NULL,
    updated_by         VARCHAR(60)  NOT NULL,
    updated_at         DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
