package vn.his.export.claim;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.his.billing.settlement.SettledEncounter;
import vn.his.billing.settlement.SettlementLedger;
import vn.his.core.common.ClinicalTime;
import vn.his.core.common.DomainException;
import vn.his.core.common.TransactionMemo;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.facility.Practitioner;
import vn.his.core.facility.PractitionerRepository;
import vn.his.export.assessment.Assessment;
import vn.his.export.outbox.OutgoingDocument;
import vn.his.export.outbox.SubmissionKind;
import vn.his.export.outbox.SubmissionQueue;
import vn.his.export.xml.ClaimSnapshot;
import vn.his.export.xml.TableDocument;

/**
 * Freezes claim versions and decides whether they leave. For a settled (priced) version it assembles the snapshot,
 * renders its documents, stores them as a new claim version with the reason, runs the pre-submission assessment,
 * and either queues the unsigned GIAMDINHHS dossier in the outbox (no ERROR) or keeps the version in the worklist
 * (HELD_WITH_ERRORS, never sent). Everything happens in the caller's transaction (the settlement's), so a settlement
 * never commits without its claim version and outbox row, and a failure leaves nothing half-written.
 *
 * <p>A version is only made when its documents differ from the latest version (e.g. settlement and payment in one
 * transaction give one version, not two).
 */
@Service
public class ClaimService {

    private final ClaimDocuments documents;
    private final ClaimStore store;
    private final SettlementLedger ledger;
    private final EncounterService encounters;
    private final PractitionerRepository practitioners;
    private final SubmissionQueue queue;
    private final ClinicalTime time;
    /** Practitioner names by facility and practising certificate, read once per transaction (a batch asks often). */
    private final TransactionMemo<PractitionerKey, Optional<String>> practitionerNames = new TransactionMemo<>();

    private record PractitionerKey(long facilityId, String cchn) {
    }

    public ClaimService(ClaimDocuments documents, ClaimStore store, SettlementLedger ledger,
                        EncounterService encounters, PractitionerRepository practitioners, SubmissionQueue queue,
                        ClinicalTime time) {
        this.documents = documents;
        this.store = store;
        this.ledger = ledger;
        this.encounters = encounters;
        this.practitioners = practitioners;
        this.queue = queue;
        this.time = time;
    }

    /** What became of a settled version. */
    public record Outcome(StoredClaim claim, boolean created, Assessment assessment) {
    }

    /**
     * A priced version was frozen (EncounterSettled): version 1 is the settlement, later ones corrections with the
     * ledger's reason.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome settled(long encounterId, int pricedVersion) {
        SettledEncounter settled = settledVersion(encounterId, pricedVersion);
        ClaimReason reason = pricedVersion == 1 ? ClaimReason.SETTLEMENT : ClaimReason.CORRECTION;
        return freeze(settled, reason, settled.reason(), null);
    }

    /** The payment of a priced version was recorded (PaymentRecorded): NGAY_TTOAN changes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome paymentRecorded(long encounterId, int pricedVersion, LocalDateTime paidAt) {
        return freeze(settledVersion(encounterId, pricedVersion), ClaimReason.PAYMENT_RECORDED, null, paidAt);
    }

    /**
     * Assesses a held claim again after its data was fixed, and queues it when no error is left. When the documents
     * come out unchanged (a catalogue was fixed) the held version itself is re-assessed; when they changed (patient or
     * encounter data fixed) a new version with reason REASSESSMENT and {@code note} is made, and the held one is
     * superseded.
     */
    @Transactional
    public Outcome reassess(String maLk, String note) {
        StoredClaim held = store.latest(maLk).orElseThrow(() -> new DomainException("claim.notFound", maLk));
        if (held.status() != ClaimStatus.HELD_WITH_ERRORS) {
            throw new DomainException("claim.notHeld", maLk, held.claimNo(), held.status());
        }
        SettledEncounter settled = settledVersion(held.encounterId(), held.pricedVersion());
        Assembled current = assemble(settled, held.claimNo(), held.paymentTime());
        if (sameDocuments(store.tables(held.id()), current.tables)) {
            Assessment assessment = documents.assess(current.snapshot);
            LocalDateTime now = time.now();
            Long submission = assessment.sendable() ? enqueue(held.facilityCode(), held.encounterId(), maLk,
                    held.claimNo(), held.ngayLap(), current.tables) : null;
            store.reassessed(held.id(), assessment.findings(),
                    assessment.sendable() ? ClaimStatus.QUEUED : ClaimStatus.HELD_WITH_ERRORS, submission, now);
            return new Outcome(store.version(maLk, held.claimNo()).orElseThrow(), false, assessment);
        }
        return freeze(settled, ClaimReason.REASSESSMENT, note, held.paymentTime());
    }

    /** The held claims (latest version of each encounter in HELD_WITH_ERRORS), of some facilities or all. */
    @Transactional(readOnly = true)
    public List<StoredClaim> worklist(List<String> facilities, ClaimStatus status, int limit) {
        return store.withStatus(status, facilities, limit);
    }

    /**
     * One page of the claim versions in {@code status} (oldest first, as {@link #worklist}) with their total, read in
     * one transaction so the page and the total agree.
     */
    @Transactional(readOnly = true)
    public ClaimPage worklistPage(List<String> facilities, ClaimStatus status, int page, int size) {
        return new ClaimPage(store.withStatus(status, facilities, (long) page * size, size),
                store.countWithStatus(status, facilities));
    }

    /** A page of claim versions and how many there are in all. */
    public record ClaimPage(List<StoredClaim> items, long total) {
    }

    @Transactional(readOnly = true)
    public List<StoredClaim> versions(String maLk) {
        return store.versions(maLk);
    }

    @Transactional(readOnly = true)
    public List<StoredFinding> findings(long claimId) {
        return store.findings(claimId);
    }

    private Outcome freeze(SettledEncounter settled, ClaimReason reason, String reasonText, LocalDateTime paidAt) {
        Optional<StoredClaim> latest = store.latest(settled.maLk());
        int claimNo = latest.map(c -> c.claimNo() + 1).orElse(1);
        LocalDateTime payment = paidAt != null ? paidAt
                : settled.paymentTime().orElse(latest.filter(c -> c.pricedVersion() == settled.version())
                        .map(StoredClaim::paymentTime).orElse(null));
        Assembled assembled = assemble(settled, claimNo, payment);
        if (latest.isPresent() && latest.get().pricedVersion() == settled.version()
                && latest.get().status() != ClaimStatus.SUPERSEDED
                && sameDocuments(store.tables(latest.get().id()), assembled.tables)) {
            return new Outcome(latest.get(), false, null);
        }
        ClaimSnapshot snapshot = assembled.snapshot;
        Assessment assessment = documents.assess(snapshot);
        LocalDateTime now = time.now();
        Long submission = assessment.sendable() ? enqueue(snapshot.facilityCode(), settled.encounterId(),
                snapshot.maLk(), claimNo, now.toLocalDate(), assembled.tables) : null;
        SummaryMoney money = SummaryMoney.of(settled.priced().totals());
        store.insert(new ClaimStore.NewClaim(settled.encounterId(), snapshot.maLk(), snapshot.facilityCode(), claimNo,
                settled.version(), reason, reasonText, snapshot.schemaVersion(), now.toLocalDate(),
                assembled.source.patientCode(), assembled.source.patient().fullName(),
                assembled.source.arrivalTime(), assembled.source.dischargeTime(), payment, money.tTongchiBv(),
                money.tBhtt(), money.tBncct(), money.tBntt(),
                assessment.sendable() ? ClaimStatus.QUEUED : ClaimStatus.HELD_WITH_ERRORS, submission, now,
                assembled.tables, assessment.findings()));
        store.supersedeHeldBefore(snapshot.maLk(), claimNo, now);
        return new Outcome(store.version(snapshot.maLk(), claimNo).orElseThrow(), true, assessment);
    }

    private record Assembled(ClaimSource source, ClaimSnapshot snapshot, List<TableDocument> tables) {
    }

    private Assembled assemble(SettledEncounter settled, int claimNo, LocalDateTime payment) {
        Encounter encounter = encounters.get(settled.encounterId());
        ClaimSource source = source(encounter);
        ClaimSnapshot snapshot = documents.snapshots().assemble(source, settled, claimNo, payment);
        return new Assembled(source, snapshot, documents.render(snapshot));
    }

    /** Reads the encounter into a claim source (inside the caller's transaction). */
    ClaimSource source(Encounter encounter) {
        Map<String, String> names = new HashMap<>();
        for (OrderLineDraft line : encounter.lines().stream().map(l -> l.toDraft()).toList()) {
            for (String cchn : new String[] {line.orderingCchn(), line.performerCchn()}) {
                if (cchn != null && !names.containsKey(cchn)) {
                    practitionerNames.get(new PractitionerKey(encounter.facility().id(), cchn),
                                    k -> practitioners.findByFacilityIdAndCertificateNo(k.facilityId(), k.cchn())
                                            .map(Practitioner::fullName))
                            .ifPresent(name -> names.put(cchn, name));
                }
            }
        }
        return ClaimSource.of(encounter, encounter.facility().headSocialInsuranceNo(), names);
    }

    private Long enqueue(String facilityCode, long encounterId, String maLk, int claimNo, java.time.LocalDate ngayLap,
                         List<TableDocument> tables) {
        byte[] dossier = documents.dossiers().write(facilityCode, ngayLap, tables);
        return queue.enqueue(new OutgoingDocument(SubmissionKind.DOSSIER, maLk, facilityCode, encounterId, claimNo,
                dossier));
    }

    private SettledEncounter settledVersion(long encounterId, int pricedVersion) {
        return ledger.version(encounterId, pricedVersion)
                .orElseThrow(() -> new DomainException("claim.settlementMissing", encounterId, pricedVersion));
    }

    private static boolean sameDocuments(List<TableDocument> a, List<TableDocument> b) {
        return a.equals(b);
    }
}
