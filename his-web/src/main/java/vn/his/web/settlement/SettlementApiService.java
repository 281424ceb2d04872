package vn.his.web.settlement;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.settlement.Payment;
import vn.his.billing.settlement.SettledEncounter;
import vn.his.billing.settlement.SettlementLedger;
import vn.his.billing.settlement.SettlementService;
import vn.his.billing.statement.CostStatement;
import vn.his.billing.statement.CostStatements;
import vn.his.billing.visit.ClerkOverride;
import vn.his.core.common.ClinicalTime;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterRepository;
import vn.his.core.encounter.OrderLine;
import vn.his.web.api.PageView;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.Role;
import vn.his.web.settlement.SettleRequest.CorrectionRequest;
import vn.his.web.settlement.SettleRequest.OverrideRequest;
import vn.his.web.settlement.SettleRequest.PaymentRequest;

/**
 * Settlement operations of the API and the clerk's screens, each one transaction that first checks the role and the
 * facility scope of the signed-in user ({@link AccessPolicy}) and then calls billing's {@link SettlementService} (or
 * reads its {@link SettlementLedger}). Reads: billing clerks, administrators and insurance officers (province);
 * changes: billing clerks of the encounter's facility and administrators.
 */
@Service
public class SettlementApiService {

    static final Role[] READERS = {Role.BILLING_CLERK, Role.ADMIN, Role.INSURANCE_OFFICER};
    static final Role[] CHANGERS = {Role.BILLING_CLERK, Role.ADMIN};

    private final SettlementService settlement;
    private final SettlementLedger ledger;
    private final CostStatements statements;
    private final EncounterRepository encounters;
    private final SettlementWorklist worklist;
    private final AccessPolicy access;
    private final ClinicalTime time;

    public SettlementApiService(SettlementService settlement, SettlementLedger ledger, CostStatements statements,
                                EncounterRepository encounters, SettlementWorklist worklist, AccessPolicy access,
                                ClinicalTime time) {
        this.settlement = settlement;
        this.ledger = ledger;
        this.statements = statements;
        this.encounters = encounters;
        this.worklist = worklist;
        this.access = access;
        this.time = time;
    }

    /** The encounter priced as it stands (optionally with a visit object chosen by the clerk), nothing frozen. */
    @Transactional(readOnly = true)
    public PreviewView preview(long encounterId, OverrideRequest override, Locale locale) {
        Encounter e = readable(encounterId);
        PricedEncounter priced = settlement.preview(e.id(), clerkOverride(override));
        return new PreviewView(e.id(), e.maLk(), e.patient().fullName(), e.status(),
                BillView.of(priced, items(e), locale));
    }

    /**
     * Settles a FINISHED (or CORRECTING) encounter; with a payment, its amount is the patient's share of the version
     * being frozen (T_BNCCT + T_BNTT, priced in the same transaction) and its time NGAY_TTOAN (now when absent).
     */
    @Transactional
    public VersionView settle(long encounterId, SettleRequest request, Locale locale) {
        Encounter e = changeable(encounterId);
        Optional<ClerkOverride> override = clerkOverride(request == null ? null : request.override());
        PaymentRequest pay = request == null ? null : request.payment();
        Optional<Payment> payment = Optional.empty();
        if (pay != null) {
            BigDecimal due = BillView.patientDue(settlement.preview(e.id(), override));
            payment = Optional.of(payment(pay, due));
        }
        SettledEncounter settled = settlement.settle(e.id(), override, access.current().getUsername(), payment);
        return VersionView.of(settled, BillView.of(settled.priced(), items(e), locale));
    }

    /** Records the payment of an encounter discharged unpaid: the patient's share of its current version. */
    @Transactional
    public VersionView recordPayment(long encounterId, PaymentRequest request, Locale locale) {
        Encounter e = changeable(encounterId);
        BigDecimal due = ledger.current(e.id()).map(s -> BillView.patientDue(s.priced())).orElse(BigDecimal.ZERO);
        SettledEncounter paid = settlement.recordPayment(e.id(), payment(request, due));
        return VersionView.of(paid, BillView.of(paid.priced(), versionItems(e.id(), paid.version()), locale));
    }

    /** Opens a correction of a settled encounter with its reason (the reason of the next version). */
    @Transactional
    public CorrectionView startCorrection(long encounterId, CorrectionRequest request) {
        Encounter e = changeable(encounterId);
        return CorrectionView.of(e.id(), settlement.startCorrection(e.id(), request.reason(),
                access.current().getUsername()));
    }

    /** Every frozen version, oldest first, without their lines. */
    @Transactional(readOnly = true)
    public List<VersionView> versions(long encounterId) {
        Encounter e = readable(encounterId);
        return ledger.versions(e.id()).stream().map(s -> VersionView.of(s, null)).toList();
    }

    /** One frozen version with its bill. */
    @Transactional(readOnly = true)
    public VersionView version(long encounterId, int version, Locale locale) {
        Encounter e = readable(encounterId);
        SettledEncounter s = ledger.version(e.id(), version)
                .orElseThrow(() -> new ResourceNotFoundException("api.settlement.versionNotFound", e.maLk(), version));
        return VersionView.of(s, BillView.of(s.priced(), versionItems(e.id(), version), locale));
    }

    /** The current version, empty when never settled. */
    @Transactional(readOnly = true)
    public Optional<VersionView> current(long encounterId, Locale locale) {
        Encounter e = readable(encounterId);
        return ledger.current(e.id())
                .map(s -> VersionView.of(s, BillView.of(s.priced(), versionItems(e.id(), s.version()), locale)));
    }

    @Transactional(readOnly = true)
    public PageView<WorklistRow> worklist(WorklistStatus status, int page, int size) {
        access.requireAnyRole(READERS);
        PageView.check(page, size);
        return worklist.page(access.scope(), status == null ? WorklistStatus.FINISHED : status, page, size);
    }

    /** Whether the signed-in user may settle, take payments and open corrections (the screens hide the forms). */
    public boolean canChange() {
        return java.util.Arrays.stream(CHANGERS).anyMatch(access.current()::has);
    }

    private Encounter readable(long encounterId) {
        access.requireAnyRole(READERS);
        Encounter e = find(encounterId);
        access.requireRead(e);
        return e;
    }

    private Encounter changeable(long encounterId) {
        access.requireAnyRole(CHANGERS);
        Encounter e = find(encounterId);
        access.requireChange(e);
        return e;
    }

    private Encounter find(long encounterId) {
        return encounters.findById(encounterId)
                .orElseThrow(() -> new ResourceNotFoundException("api.encounter.notFound", encounterId));
    }

    private Payment payment(PaymentRequest request, BigDecimal due) {
        LocalDateTime paidAt = request.paidAt() == null ? time.now() : request.paidAt();
        return new Payment(request.method(), paidAt, due, request.reference());
    }

    private static Optional<ClerkOverride> clerkOverride(OverrideRequest o) {
        return o == null ? Optional.empty() : Optional.of(new ClerkOverride(o.visitObject(), o.reason()));
    }

    /** Items of the live encounter by line id (the line number, as billing numbers the lines it prices). */
    private static Map<String, BillView.Item> items(Encounter e) {
        Map<String, BillView.Item> items = new LinkedHashMap<>();
        for (OrderLine l : e.lines()) {
            items.put(Integer.toString(l.lineNo()), new BillView.Item(l.itemCode(), l.itemName(), l.unit()));
        }
        return items;
    }

    /** Items of a frozen version, as its cost statement kept them (not the live lines, which a correction changes). */
    private Map<String, BillView.Item> versionItems(long encounterId, int version) {
        Map<String, BillView.Item> items = new LinkedHashMap<>();
        CostStatement statement = statements.forVersion(encounterId, version);
        for (CostStatement.Section s : statement.sections()) {
            for (CostStatement.Line l : s.lines()) {
                items.put(l.lineId(), new BillView.Item(l.code(), l.name(), l.unit()));
            }
        }
        return items;
    }
}
