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
