package vn.his.billing.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.billing.BillingException;
import vn.his.billing.encounter.EncounterGraphs;
import vn.his.billing.encounter.EncounterPricingAdapter;
import vn.his.billing.pricing.EncounterPricer;
import vn.his.billing.pricing.EncounterTotals;
import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.visit.ClerkOverride;
import vn.his.core.common.ClinicalTime;
import vn.his.core.encounter.Discharge;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterCorrection;
import vn.his.core.encounter.EncounterRuleException;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.EncounterStatus;
import vn.his.core.encounter.OrderLine;

/**
 * Settles encounters: prices a finished encounter under the rules of its dates, freezes the priced lines as a
 * numbered version, records the patient's payment (cash or transfer, NGAY_TTOAN) at once or later, and opens
 * corrections. After settlement nothing changes except through a correction, whose next settlement freezes
 * version N+1 with the correction's reason; every version stays readable ({@link SettlementLedger}).
 * <p>
 * Each call is one transaction ({@link #settleAll}: one per batch of encounters). {@link EncounterSettled} and {@link PaymentRecorded} are published inside it, so
 * listeners that write in the same transaction (export's outbox) commit or roll back together with the version.
 */
@Service
public class SettlementService {

    static final int NAME_MAX = 100;
    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final int REASON_MAX = 1000;

    private final EncounterService encounters;
    private final EncounterPricingAdapter adapter;
    private final EncounterPricer pricer;
    private final JdbcSettlementLedger ledger;
    private final ClinicalTime time;
    private final ApplicationEventPublisher events;
    private final EncounterGraphs graphs;
    private final TransactionTemplate transactions;

    public SettlementService(EncounterService encounters, EncounterPricingAdapter adapter, EncounterPricer pricer,
                             JdbcSettlementLedger ledger, ClinicalTime time, ApplicationEventPublisher events,
                             EncounterGraphs graphs, PlatformTransactionManager transactionManager) {
        this.graphs = graphs;
        this.transactions = new TransactionTemplate(transactionManager);
        this.encounters = encounters;
        this.adapter = adapter;
        this.pricer = pricer;
        this.ledger = ledger;
        this.time = time;
        this.events = events;
    }

    /** Prices the encounter as it stands, freezing nothing (the clerk's screen before settling). */
    @Transactional(readOnly = true)
    public PricedEncounter preview(long encounterId, Optional<ClerkOverride> override) {
        return price(encounters.get(encounterId), override);
    }

    /**
     * Settles a FINISHED encounter, or the correction of a settled one (CORRECTING: the correction is finished with
     * the discharge already recorded): freezes version N+1, marks the encounter SETTLED with the final visit object
     * and records {@code payment} when the patient pays at once.
     *
     * @param override  a visit-object code chosen by the clerk with the reason, kept in the version
     * @param settledBy the user name of the clerk
     * @param payment   the payment of the patient's share, empty when discharged unpaid
     */
    @Transactional
    public SettledEncounter settle(long encounterId, Optional<ClerkOverride> override, String settledBy,
                                   Optional<Payment> payment) {
        Objects.requireNonNull(override, "override");
        Objects.requireNonNull(payment, "payment");
        String by = requiredText(settledBy, NAME_MAX, "billing.settle.byMissing", "billing.settle.byTooLong");
        graphs.load(List.of(encounterId));
        return write(prepare(encounterId, override, by, payment));
    }

    /**
     * Settles many FINISHED (or CORRECTING) encounters, discharged unpaid, with no clerk override: a month of a
     * province at once. Each encounter gets exactly what {@link #settle} would give it, in the order of
     * {@code encounterIds} (the year's co-payments of a patient's earlier encounters count as soon as they are
     * settled), and its {@link EncounterSettled} is published inside the transaction that writes its version.
     * <p>
     * The encounters are settled {@code batchSize} per transaction, their graphs loaded together. An encounter
     * refused before anything of it is written (not finished, not priceable) is left out of its batch and reported.
     * When a write fails, the whole batch rolls back (with whatever listeners wrote in it) and its encounters are
     * settled again one per transaction, so a failing encounter neither loses the others' work nor leaves a
     * half-written version. Must be called outside a transaction.
     */
    public BatchSettlement settleAll(List<Long> encounterIds, String settledBy, int batchSize) {
        Objects.requireNonNull(encounterIds, "encounterIds");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize " + batchSize);
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("settleAll commits per batch and must not run inside a transaction");
        }
        String by = requiredText(settledBy, NAME_MAX, "billing.settle.byMissing", "billing.settle.byTooLong");
        List<SettledEncounter> settled = new ArrayList<>(encounterIds.size());
        List<BatchSettlement.Refusal> refused = new ArrayList<>();
        for (int from = 0; from < encounterIds.size(); from += batchSize) {
            List<Long> batch = encounterIds.subList(from, Math.min(encounterIds.size(), from + batchSize));
            BatchSettlement done;
            try {
                done = transactions.execute(status -> settleBatch(batch, by));
            } catch (RuntimeException batchFailed) {
                done = oneByOne(batch, by);
            }
            settled.addAll(done.settled());
            refused.addAll(done.refused());
        }
        return new BatchSettlement(settled, refused);
    }

    /** One transaction: graphs loaded together, refusals before writing set aside, any write failure rethrown. */
    private BatchSettlement settleBatch(List<Long> batch, String by) {
        graphs.flushAtCommitOnly();
        graphs.load(batch);
        List<SettledEncounter> settled = new ArrayList<>(batch.size());
        List<BatchSettlement.Refusal> refused = new ArrayList<>();
        for (Long id : batch) {
            Prepared prepared;
            try {
                prepared = prepare(id, Optional.empty(), by, Optional.empty());
            } catch (BillingException | EncounterRuleException notSettleable) {
                // nothing of this encounter was written: it is reported and the batch goes on
                refused.add(new BatchSettlement.Refusal(id, notSettleable));
                continue;
            }
            settled.add(write(prepared));
        }
        return new BatchSettlement(settled, refused);
    }

    /** After a failed batch: each encounter in its own transaction, as {@link #settle} would. */
    private BatchSettlement oneByOne(List<Long> batch, String by) {
        List<SettledEncounter> settled = new ArrayList<>(batch.size());
        List<BatchSettlement.Refusal> refused = new ArrayList<>();
        for (Long id : batch) {
            try {
                settled.add(transactions.execute(status -> {
                    graphs.load(List.of(id));
                    return write(prepare(id, Optional.empty(), by, Optional.empty()));
                }));
            } catch (RuntimeException failed) {
                refused.add(new BatchSettlement.Refusal(id, failed));
            }
        }
        return new BatchSettlement(settled, refused);
    }

    /** Everything decided before writing: checks, price, version number, payment. Writes nothing. */
    private Prepared prepare(long encounterId, Optional<ClerkOverride> override, String by, Optional<Payment> payment) {
        Encounter encounter = encounters.get(encounterId);
        EncounterStatus status = encounter.status();
        if (status != EncounterStatus.FINISHED && status != EncounterStatus.CORRECTING) {
            throw new BillingException("billing.settle.notFinished", encounter.maLk(), status.name());
        }
        LocalDateTime now = time.now().truncatedTo(ChronoUnit.SECONDS);
        PricedEncounter priced = price(encounter, override);
        int version = ledger.latestVersion(encounterId) + 1;
        String reason = version == 1 ? null : correctionReason(encounter);
        Payment paid = payment.map(p -> checkedPayment(encounter, priced, p, now)).orElse(null);
        if (status == EncounterStatus.CORRECTING) {
            dischargeOf(encounter); // refused here, before anything is written
        }
        return new Prepared(encounter, by, now, priced, version, reason, paid);
    }

    /** Freezes the prepared version, marks the encounter SETTLED and publishes the events, in the caller's transaction. */
    private SettledEncounter write(Prepared p) {
        Encounter encounter = p.encounter();
        long encounterId = encounter.id();
        if (encounter.status() == EncounterStatus.CORRECTING) {
            encounter = encounters.finish(encounterId, dischargeOf(encounter));
        }
        SettledEncounter settled = new SettledEncounter(encounterId, encounter.maLk(), p.version(), p.reason(), p.now(),
                p.by(), p.paid(), p.priced());
        ledger.insert(settled, encounter.patient().id(), encounter.arrivalTime(), chargedItems(encounter));
        if (p.paid() != null) {
            ledger.insertPayment(encounterId, p.version(), p.paid(), p.now());
        }
        encounter.markSettled(p.priced().visitObject().code(), p.now());
        events.publishEvent(new EncounterSettled(encounterId, encounter.maLk(), p.version()));
        if (p.paid() != null) {
            events.publishEvent(new PaymentRecorded(encounterId, encounter.maLk(), p.version(), p.paid().paidAt()));
        }
        return settled;
    }

    private record Prepared(Encounter encounter, String by, LocalDateTime now, PricedEncounter priced, int version,
                            String reason, Payment paid) {
    }

    /**
     * Records the payment of the current version of an encounter discharged unpaid. A version is paid once: a
     * second payment is refused, and so is a payment while the encounter is being corrected.
     */
    @Transactional
    public SettledEncounter recordPayment(long encounterId, Payment payment) {
        if (payment == null) {
            throw new BillingException("billing.payment.missing");
        }
        Encounter encounter = encounters.get(encounterId);
        SettledEncounter current = ledger.current(encounterId)
                .orElseThrow(() -> new BillingException("billing.payment.notSettled", encounter.maLk()));
        if (encounter.status() != EncounterStatus.SETTLED) {
            throw new BillingException("billing.payment.underCorrection", encounter.maLk(), current.version());
        }
        if (current.payment() != null) {
            throw alreadyPaid(current);
        }
        LocalDateTime now = time.now().truncatedTo(ChronoUnit.SECONDS);
        Payment paid = checkedPayment(encounter, current.priced(), payment, now);
        try {
            ledger.insertPayment(encounterId, current.version(), paid, now);
        } catch (DuplicateKeyException e) {
            throw BillingException.withCause(e, "billing.payment.alreadyPaid", encounter.maLk(), current.version(),
                    "?");
        }
        events.publishEvent(new PaymentRecorded(encounterId, encounter.maLk(), current.version(), paid.paidAt()));
        return new SettledEncounter(current.encounterId(), current.maLk(), current.version(), current.reason(),
                current.settledAt(), current.settledBy(), paid, current.priced());
    }

    /**
     * Opens a correction of a settled encounter (core checks the transition SETTLED → CORRECTING). Its reason
     * becomes the reason of the next frozen version.
     */
    @Transactional
    public EncounterCorrection startCorrection(long encounterId, String reason, String requestedBy) {
        String why = requiredText(reason, REASON_MAX, "billing.correction.reasonMissing",
                "billing.correction.reasonTooLong");
        String by = requiredText(requestedBy, NAME_MAX, "billing.settle.byMissing", "billing.settle.byTooLong");
        Encounter encounter = encounters.get(encounterId);
        if (encounter.status() != EncounterStatus.SETTLED) {
            throw new BillingException("billing.correction.notSettled", encounter.maLk(), encounter.status().name());
        }
        return encounters.startCorrection(encounterId, why, by);
    }

    private PricedEncounter price(Encounter encounter, Optional<ClerkOverride> override) {
        BigDecimal before = encounter.cards().isEmpty() ? null
                : ledger.coPaymentsBefore(encounter.patient().id(), encounter.id(), encounter.arrivalTime());
        return pricer.price(adapter.toRequest(encounter, override, before));
    }

    private static String correctionReason(Encounter encounter) {
        return encounter.corrections().stream()
                .max(Comparator.comparingInt(EncounterCorrection::revision))
                .map(EncounterCorrection::reason)
                .orElseThrow(() -> new BillingException("billing.settle.correctionMissing", encounter.maLk()));
    }

    /** The discharge already recorded, to finish a correction with (NGAY_RA and the outcome do not change). */
    private static Discharge dischargeOf(Encounter e) {
        if (e.dischargeTime() == null || e.treatmentResult() == null || e.dischargeType() == null) {
            throw new BillingException("billing.settle.dischargeMissing", e.maLk());
        }
        return new Discharge(e.dischargeTime(), e.treatmentResult(), e.dischargeType(), e.referredTo(),
                e.treatmentMethod(), e.doctorAdvice(), e.revisitDates());
    }

    private static Map<String, ChargedItem> chargedItems(Encounter encounter) {
        Map<String, ChargedItem> items = new LinkedHashMap<>();
        for (OrderLine line : encounter.lines()) {
            items.put(Integer.toString(line.lineNo()), new ChargedItem(line.itemCode(), line.itemName(), line.unit()));
        }
        return items;
    }

    /**
     * The payment as stored: amount with 2 decimals equal to the patient's share (T_BNCCT + T_BNTT), paid between
     * the arrival and now, to the second; a transfer needs its reference.
     */
    private static Payment checkedPayment(Encounter encounter, PricedEncounter priced, Payment payment,
                                          LocalDateTime now) {
        BigDecimal amount = payment.amount();
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new BillingException("billing.payment.amountInvalid", amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        EncounterTotals totals = priced.totals();
        BigDecimal due = totals.tBncct().add(totals.tBntt());
        if (amount.compareTo(due) != 0) {
            throw new BillingException("billing.payment.amountNotDue", amount, due);
        }
        LocalDateTime paidAt = payment.paidAt().truncatedTo(ChronoUnit.SECONDS);
        if (paidAt.isBefore(encounter.arrivalTime()) || paidAt.isAfter(now)) {
            throw new BillingException("billing.payment.timeInvalid", MINUTE.format(paidAt),
                    MINUTE.format(encounter.arrivalTime()), MINUTE.format(now));
        }
        String reference = payment.reference() == null || payment.reference().isBlank() ? null
                : payment.reference().strip();
        if (reference != null && reference.length() > NAME_MAX) {
            throw new BillingException("billing.payment.referenceTooLong", NAME_MAX);
        }
        if (payment.method() == PaymentMethod.TRANSFER && reference == null) {
            throw new BillingException("billing.payment.transferReference");
        }
        return new Payment(payment.method(), paidAt, amount, reference);
    }

    private static BillingException alreadyPaid(SettledEncounter current) {
        return new BillingException("billing.payment.alreadyPaid", current.maLk(), current.version(),
                MINUTE.format(current.payment().paidAt()));
    }

    private static String requiredText(String value, int max, String missingKey, String tooLongKey) {
        if (value == null || value.isBlank()) {
            throw new BillingException(missingKey);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BillingException(tooLongKey, max);
        }
        return stripped;
    }
}
