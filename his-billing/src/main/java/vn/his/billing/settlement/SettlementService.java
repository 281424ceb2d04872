package vn.his.billing.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.billing.BillingException;
import vn.his.billing.encounter.EncounterPricingAdapter;
import vn.his.billing.pricing.EncounterPricer;
import vn.his.billing.pricing.EncounterTotals;
import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.visit.ClerkOverride;
import vn.his.core.common.ClinicalTime;
import vn.his.core.encounter.Discharge;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterCorrection;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.EncounterStatus;
import vn.his.core.encounter.OrderLine;

/**
 * Settles encounters: prices a finished encounter under the rules of its dates, freezes the priced lines as a
 * numbered version, records the patient's payment (cash or transfer, NGAY_TTOAN) at once or later, and opens
 * corrections. After settlement nothing changes except through a correction, whose next settlement freezes
 * version N+1 with the correction's reason; every version stays readable ({@link SettlementLedger}).
 * <p>
 * Each call is one transaction. {@link EncounterSettled} and {@link PaymentRecorded} are published inside it, so
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

    public SettlementService(EncounterService encounters, EncounterPricingAdapter adapter, EncounterPricer pricer,
                             JdbcSettlementLedger ledger, ClinicalTime time, ApplicationEventPublisher events) {
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
        Encounter encounter = encounters.get(encounterId);
        EncounterStatus status = encounter.status();
        if (status != EncounterStatus.FINISHED && status != EncounterStatus.CORRECTING) {
            throw new BillingException("billing.settle.notFinished", encounter.maLk(), status.name());
        }
        LocalDateTime now = time.now().truncatedTo(ChronoUnit.SECONDS);
        PricedEncounter priced = price(encounter, override);
        int version = ledger.latestVersion(encounterId) + 1;
        String reason = version == 1 ? null : correctionReason(encounter);
        Encounter toPrice = encounter;
        Payment paid = payment.map(p -> checkedPayment(toPrice, priced, p, now)).orElse(null);
        if (status == EncounterStatus.CORRECTING) {
            encounter = encounters.finish(encounterId, dischargeOf(encounter));
        }
        SettledEncounter settled = new SettledEncounter(encounterId, encounter.maLk(), version, reason, now, by, paid,
                priced);
        ledger.insert(settled, encounter.patient().id(), encounter.arrivalTime(), chargedItems(encounter));
        if (paid != null) {
            ledger.insertPayment(encounterId, version, paid, now);
        }
        encounter.markSettled(priced.visitObject().code(), now);
        events.publishEvent(new EncounterSettled(encounterId, encounter.maLk(), version));
        if (paid != null) {
            events.publishEvent(new PaymentRecorded(encounterId, encounter.maLk(), version, paid.paidAt()));
        }
        return settled;
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
