package vn.his.export.outbox;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.core.common.DomainException;
import vn.his.export.xml.SecureXml;

/**
 * The outbox's {@link SubmissionQueue}: validates the document (facility code, MA_LK, version, root element) and
 * stores it UNSIGNED as QUEUED — in the caller's transaction when there is one (propagation REQUIRED), so the row
 * commits or rolls back with the business change that caused it. Signing is the dispatcher's job
 * ({@link OutboxDispatcher}): a facility whose signing keystore is not configured yet must not stop a clerk from
 * settling a visit or recording a cost; its submissions wait in the ledger until it is. A new dossier version
 * supersedes the older versions of the same MA_LK not yet accepted.
 */
public class OutboxSubmissionQueue implements SubmissionQueue {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSubmissionQueue.class);
    private static final Pattern FACILITY = Pattern.compile("\\d{5}");
    static final String CHECK_IN_ROOT = "CHI_TIEU_TRANG_THAI_KCB";
    static final String DOSSIER_ROOT = "GIAMDINHHS";

    private final SubmissionStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public OutboxSubmissionQueue(SubmissionStore store, PlatformTransactionManager transactions, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public long enqueue(OutgoingDocument document) {
        Objects.requireNonNull(document, "document");
        validate(document);
        Long id = transaction.execute(status -> {
            LocalDateTime now = now(clock);
            long created = store.insertQueued(document, now);
            if (document.kind() == SubmissionKind.DOSSIER) {
                int superseded = store.supersedeOlderDossiers(document.facilityCode(), document.maLk(),
                        document.claimVersion(), now);
                if (superseded > 0) {
                    LOG.info("Dossier {} version {} of facility {} supersedes {} older queued submission(s)",
                            document.maLk(), document.claimVersion(), document.facilityCode(), superseded);
                }
            }
            return created;
        });
        LOG.info("Queued {} {} version {} of facility {} as submission {} (to be signed when dispatched)",
                document.kind(), document.maLk(), document.claimVersion(), document.facilityCode(), id);
        return Objects.requireNonNull(id);
    }

    private static void validate(OutgoingDocument document) {
        if (!FACILITY.matcher(document.facilityCode()).matches()) {
            throw new DomainException("export.outbox.badFacility", document.facilityCode());
        }
        if (document.maLk().isBlank() || document.maLk().length() > 100) {
            throw new DomainException("export.outbox.badMaLk", document.maLk());
        }
        if (document.encounterId() <= 0) {
            throw new DomainException("export.outbox.badEncounter", document.encounterId());
        }
        int minimumVersion = document.kind() == SubmissionKind.DOSSIER ? 1 : 0;
        if (document.claimVersion() < minimumVersion) {
            throw new DomainException("export.outbox.badVersion", document.claimVersion());
        }
        String root = SecureXml.parse(document.unsignedXml()).getDocumentElement().getTagName();
        String expected = document.kind() == SubmissionKind.DOSSIER ? DOSSIER_ROOT : CHECK_IN_ROOT;
        if (!expected.equals(root)) {
            throw new DomainException("export.outbox.wrongRoot", document.kind().name(), expected, root);
        }
    }

    static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
