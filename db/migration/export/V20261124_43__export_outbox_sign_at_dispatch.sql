-- Signing moves from the queue to the dispatcher (integration fix): a settlement or a recorded cost must never fail
-- because a facility has no signing keystore yet. The queue stores the validated UNSIGNED document; the dispatcher
-- signs it at its first claim, verifies it, and writes the signed bytes, their SHA-256 and the certificate subject
-- ONCE (later attempts send exactly those bytes). Until then the three columns are empty, and so is the SHA-256 of an
-- attempt that could not sign (no keystore: NOT_SENT, the row waits in RETRY).
ALTER TABLE outbox_submission ADD COLUMN unsigned_document LONGBLOB;
ALTER TABLE outbox_submission MODIFY COLUMN signed_document LONGBLOB NULL;
ALTER TABLE outbox_submission MODIFY COLUMN sha256 VARCHAR(64) NULL;
ALTER TABLE outbox_submission MODIFY COLUMN certificate_subject VARCHAR(500) NULL;
ALTER TABLE outbox_attempt MODIFY COLUMN sha256 VARCHAR(64) NULL;
