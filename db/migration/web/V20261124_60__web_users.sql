-- Users of the web application, the REST API and the FHIR endpoint (his-web security).
-- The password is a bcrypt hash ({bcrypt} prefix of Spring Security's DelegatingPasswordEncoder); every user
-- belongs to one facility (only an ADMIN may have none, e.g. the bootstrap administrator of a fresh install).
CREATE TABLE web_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(60)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    full_name     VARCHAR(255) NOT NULL,
    facility_id   BIGINT,
    enabled       BOOLEAN      NOT NULL,
    demo_data     BOOLEAN      NOT NULL,
    created_at    DATETIME     NOT NULL,
    CONSTRAINT uk_web_user UNIQUE (username),
    CONSTRAINT fk_web_user_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Roles: COMMUNE_STAFF, CLINICIAN, BILLING_CLERK, INSURANCE_OFFICER, ADMIN (vn.his.web.security.Role).
CREATE TABLE web_user_role (
    user_id   BIGINT      NOT NULL,
    role_name VARCHAR(30) NOT NULL,
    CONSTRAINT pk_web_user_role PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_web_user_role_user FOREIGN KEY (user_id) REFERENCES web_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
