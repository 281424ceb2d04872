-- his-export: one row per run of a scheduled outbox job (issue 5: "job schedules and their last runs"), written by
-- vn.his.export.delivery.JobRunListener when the run ends, on whichever node ran it. Only the newest runs of each job
-- are kept (older rows are pruned by the listener). Runs on MariaDB / MySQL 8 and H2 (MySQL mode).
-- outcome: OK, FAILED (message = the failure). Counts are those of the dispatcher's report (claimed, accepted,
-- retried, rejected, dead, lease lost); null when the run failed before reporting.
CREATE TABLE job_run (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_group    VARCHAR(200)  NOT NULL,
    job_name     VARCHAR(200)  NOT NULL,
    node_id      VARCHAR(200)  NOT NULL,
    started_at   DATETIME(3)   NOT NULL,   -- Asia/Ho_Chi_Minh
    finished_at  DATETIME(3)   NOT NULL,
    outcome      VARCHAR(10)   NOT NULL,
    message      VARCHAR(1000),
    claimed      INT,
    accepted     INT,
    retried      INT,
    rejected     INT,
    dead         INT,
    lease_lost   INT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_job_run_job ON job_run (job_group, job_name, id);
