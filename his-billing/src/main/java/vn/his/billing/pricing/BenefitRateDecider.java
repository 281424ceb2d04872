package vn.his.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.his.billing.Explanation;
import vn.his.billing.rules.RuleBook;
import vn.his.billing.rules.ThresholdKind;
import vn.his.billing.visit.VisitObject;

/**
 * The effective MUC_HUONG of every line and the provisional T_BHTT / T_BNCCT (step 1 of QĐ 4750), in the order
 * of bhyt-rules §9 step 6 [I: the way the 100% rules combine with r &lt; 1 is the notes' assumption]:
 * <ol>
 *   <li>no valid card on the line's date → 0;</li>
 *   <li>full benefit (code 1.2, commune level before 2025) → 100;</li>
 *   <li>route factor r &lt; 1 → card % × r (may be decimal, e.g. 47.5);</li>
 *   <li>when the visit object allows exemptions (column exemptions_apply): T_TONGCHI_BH below 15% of LCS on the
 *       encounter date → 100 (Luật BHYT art. 22 §1(d); date [R: S13]); NGAY_MIEN_CCT given and the line at or
 *       after it in the same calendar year → 100; five years reached and the year's co-payments reaching
 *       6 × LCS inside this encounter → the crossing line's co-payment is limited to what is left below
 *       6 × LCS (CV 302/CSYT-CĐ "remaining" reading [R: S13]; the cap reading of TT 04/2017 examples) and
 *       every later line → 100;</li>
 *   <li>otherwise the card %.</li>
 * </ol>
 * Lines are visited in order time (NGAY_YL), then request order.
 */
final class BenefitRateDecider {

    private static final BigDecimal ONE = BigDecimal.ONE;

    private final RuleBook rules;

    BenefitRateDecider(RuleBook rules) {
        this.rules = rules;
    }

    /** Result of the pass: the derived exemption time (or null) and encounter notes. */
    record Outcome(LocalDateTime derivedExemptFrom, boolean smallVisit) {
    }

    Outcome decide(List<WorkLine> chronological, VisitObject visit, BigDecimal totalBh, LocalDate encounterDate,
                   CoPaymentStatus coPayment, List<Explanation> notes) {
        boolean exemptionsPossible = !visit.fullBenefit() && visit.exemptionsApply()
                && visit.routeFactor().compareTo(ONE) >= 0;
        boolean smallVisit = false;
        if (exemptionsPossible) {
            BigDecimal threshold = rules.thresholdAmount(ThresholdKind.VISIT_FULL_BENEFIT, encounterDate);
            smallVisit = totalBh.compareTo(threshold) < 0;
            if (smallVisit) {
                notes.add(Explanation.of("billing.encounter.smallVisit", totalBh, threshold));
            }
        }
        CrossingTracker tracker = new CrossingTracker(encounterDate.getYear(), coPayment.accumulatedThisYear());
        for (WorkLine w : chronological) {
            decideLine(w, visit, exemptionsPossible, smallVisit, coPayment, tracker);
        }
        if (tracker.crossedAt != null) {
            notes.add(Explanation.of("billing.encounter.exemptReached", Dates.minute(tracker.crossedAt),
                    tracker.threshold));
        }
        return new Outcome(tracker.crossedAt, smallVisit);
    }

    private void decideLine(WorkLine w, VisitObject visit, boolean exemptionsPossible, boolean smallVisit,
                            CoPaymentStatus coPayment, CrossingTracker tracker) {
        if (!w.covered()) {
            setRate(w, BigDecimal.ZERO);
            return;
        }
        if (w.armedForces) {
            setRate(w, Money.HUNDRED);
            return;
        }
        BigDecimal cardPercent = w.entitlement.percent();
        if (visit.fullBenefit()) {
            setRate(w, Money.HUNDRED);
            w.explain("billing.line.fullBenefit", visit.code());
            return;
        }
        BigDecimal factor = visit.routeFactor();
        if (factor.compareTo(ONE) < 0) {
            BigDecimal rate = Money.benefitPercent(cardPercent.multiply(factor));
            setRate(w, rate);
            w.explain("billing.line.route", visit.code(), cardPercent.stripTrailingZeros(),
                    factor.stripTrailingZeros(), rate);
            return;
        }
        if (exemptionsPossible && cardPercent.compareTo(Money.HUNDRED) < 0) {
            if (smallVisit) {
                setRate(w, Money.HUNDRED);
                w.explain("billing.line.smallVisit");
                return;
            }
            LocalDateTime exemptFrom = coPayment.exemptFrom();
            if (exemptFrom != null && !w.line.orderedAt().isBefore(exemptFrom)
                    && w.date.getYear() == exemptFrom.getYear()) {
                setRate(w, Money.HUNDRED);
                w.explain("billing.line.exempt", Dates.day(exemptFrom.toLocalDate()));
                return;
            }
            setRate(w, cardPercent);
            w.explain("billing.line.cardLevel", cardPercent.stripTrailingZeros());
            tracker.account(w, rules);
            return;
        }
        setRate(w, cardPercent);
        w.explain("billing.line.cardLevel", cardPercent.stripTrailingZeros());
    }

    private static void setRate(WorkLine w, BigDecimal rate) {
        w.mucHuong = Money.benefitPercent(rate);
        w.bhttProvisional = Money.percentOf(w.bh, w.mucHuong);
        w.bncctProvisional = w.bh.subtract(w.bhttProvisional);
    }

    /** Accumulates the calendar year's co-payment and applies the 6 × LCS five-year exemption. */
    private static final class CrossingTracker {
        private int year;
        private BigDecimal accumulated;
        private boolean exempt;
        private LocalDateTime crossedAt;
        private BigDecimal threshold;

        CrossingTracker(int year, BigDecimal accumulated) {
            this.year = year;
            this.accumulated = accumulated;
        }

        void account(WorkLine w, RuleBook rules) {
            if (accumulated == null) {
                return; // the year's co-payment is unknown: no crossing can be computed
            }
            if (w.date.getYear() != year) {
                year = w.date.getYear(); // a new calendar year starts from zero
                accumulated = Money.ZERO;
                exempt = false;
            }
            boolean fiveYears = w.card.fiveYearDate() != null && !w.date.isBefore(w.card.fiveYearDate());
            if (fiveYears && exempt) {
                setRate(w, Money.HUNDRED);
                w.explanations.remove(w.explanations.size() - 1);
                w.explain("billing.line.exemptAfterCrossing", Dates.minute(crossedAt));
                return;
            }
            BigDecimal coPay = w.bncctProvisional;
            BigDecimal limit = rules.thresholdAmount(ThresholdKind.FIVE_YEAR_COPAYMENT, w.date);
            if (!fiveYears || accumulated.add(coPay).compareTo(limit) < 0) {
                accumulated = accumulated.add(coPay);
                return;
            }
            BigDecimal remaining = limit.subtract(accumulated).max(Money.ZERO);
            exempt = true;
            crossedAt = w.line.orderedAt();
            threshold = limit;
            accumulated = limit;
            w.explanations.remove(w.explanations.size() - 1);
            if (remaining.signum() == 0) {
                setRate(w, Money.HUNDRED);
                w.explain("billing.line.exemptAfterCrossing", Dates.minute(crossedAt));
                return;
            }
            w.bncctProvisional = remaining;
            w.bhttProvisional = w.bh.subtract(remaining);
            w.explain("billing.line.exemptCrossing", limit, remaining);
        }
    }
}
