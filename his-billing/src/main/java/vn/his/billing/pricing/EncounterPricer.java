package vn.his.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import vn.his.billing.Explanation;
import vn.his.billing.rules.BenefitEntitlement;
import vn.his.billing.rules.RuleBook;
import vn.his.billing.visit.VisitObject;
import vn.his.billing.visit.VisitObjectResolver;

/**
 * Prices one encounter under the BHYT rules in force on its dates (bhyt-rules §9; QĐ 4750 Bảng 1-3 formulas):
 * <ol>
 *   <li>validate the request;</li>
 *   <li>visit object MA_DOITUONG_KCB and route factor on the encounter date ({@link VisitObjectResolver});</li>
 *   <li>per line: the card valid on the line's date and its benefit (dated overrides), THANH_TIEN_BV and
 *       THANH_TIEN_BH ({@link LineBaseCalculator});</li>
 *   <li>the supply ceiling T_TRANTT per package ({@link SupplyCeiling}); other-source case b;</li>
 *   <li>T_TONGCHI_BH, then MUC_HUONG per line with the 100% rules ({@link BenefitRateDecider});</li>
 *   <li>step 2 with other sources, case a and c ({@link OtherFundingSplitter});</li>
 *   <li>XML1 totals as exact sums of the lines.</li>
 * </ol>
 * Every line satisfies THANH_TIEN_BV = T_BHTT + T_BNCCT + T_BNTT + T_NGUONKHAC ({@link LineAmounts}), and so do
 * the totals, because they are sums of the lines; no rounding happens after the per-line amounts.
 */
public final class EncounterPricer {

    private static final int PAYMENT_FEE_FOR_SERVICE = 1;
    private static final int SUPPLY_IN_LIST = 10;
    private static final int SUPPLY_WITH_RATIO = 11;

    private final RuleBook rules;
    private final PricingPolicy policy;
    private final VisitObjectResolver resolver;
    private final RequestValidator validator = new RequestValidator();
    private final LineBaseCalculator baseCalculator;
    private final SupplyCeiling supplyCeiling;
    private final BenefitRateDecider rateDecider;
    private final OtherFundingSplitter splitter;

    public EncounterPricer(RuleBook rules) {
        this(rules, PricingPolicy.defaults());
    }

    public EncounterPricer(RuleBook rules, PricingPolicy policy) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.resolver = new VisitObjectResolver(rules);
        this.baseCalculator = new LineBaseCalculator(rules, policy);
        this.supplyCeiling = new SupplyCeiling(rules);
        this.rateDecider = new BenefitRateDecider(rules);
        this.splitter = new OtherFundingSplitter(policy);
    }

    public PricedEncounter price(PricingRequest request) {
        validator.validate(request);
        VisitObject visit = resolver.resolve(request.visit());
        CardSelector cards = new CardSelector(request.cards(), request.visit().encounterType(), policy);

        List<WorkLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            lines.add(new WorkLine(i, request.lines().get(i)));
        }
        for (WorkLine w : lines) {
            attachCard(w, cards);
            baseCalculator.compute(w);
        }
        supplyCeiling.apply(lines);
        lines.forEach(splitter::deductFacilitySupport);

        BigDecimal totalBh = sum(lines, w -> w.bh);
        List<Explanation> notes = new ArrayList<>();
        notes.add(visit.explanation());
        List<WorkLine> chronological = new ArrayList<>(lines);
        chronological.sort(Comparator.comparing((WorkLine w) -> w.line.orderedAt()).thenComparingInt(w -> w.index));
        BenefitRateDecider.Outcome outcome = rateDecider.decide(chronological, visit, totalBh,
                request.visit().date(), request.coPayment(), notes);

        lines.forEach(splitter::split);
        EncounterTotals totals = totals(lines);
        if (totals.tBhtt().compareTo(totals.xml1FormulaBhtt()) != 0) {
            notes.add(Explanation.of("billing.encounter.xml1BhttDiffers", totals.xml1FormulaBhtt(), totals.tBhtt()));
        }
        LocalDateTime exemptFrom = request.coPayment().exemptFrom() != null
                ? request.coPayment().exemptFrom() : outcome.derivedExemptFrom();
        return new PricedEncounter(request.encounterId(), visit, lines.stream().map(EncounterPricer::priced).toList(),
                totals, exemptFrom, notes);
    }

    private void attachCard(WorkLine w, CardSelector cards) {
        w.card = cards.cardOn(w.date);
        if (w.card == null) {
            return;
        }
        BenefitEntitlement entitlement = rules.benefit(w.card.groupCode(), w.card.printedDigit(), w.date);
        w.entitlement = entitlement;
        w.explain("billing.line.card", w.card.cardCode(), entitlement.effectiveDigit(),
                entitlement.percent().stripTrailingZeros());
        if (entitlement.overrideApplied()) {
            w.explain("billing.line.digitOverride", entitlement.groupCode(), entitlement.printedDigit(),
                    entitlement.effectiveDigit());
        }
        if (!entitlement.groupMatchesDigit()) {
            w.explain("billing.line.groupDigitMismatch", entitlement.groupCode(), entitlement.effectiveDigit(),
                    Dates.day(w.date));
        }
    }

    private static PricedLine priced(WorkLine w) {
        ChargeLine line = w.line;
        return new PricedLine(line.lineId(), line.table(), line.costGroup(), line.orderedAt(),
                w.card == null ? null : w.card.cardCode(), w.quantity, w.hospitalPrice, w.fundPrice,
                Money.benefitPercent(w.serviceRate), Money.benefitPercent(w.fundRate), line.scope(),
                line.paymentMethod(), line.supplyPackage(), w.supplyCeiling, w.mucHuong, w.amounts, w.explanations);
    }

    private static EncounterTotals totals(List<WorkLine> lines) {
        OtherSources other = OtherSources.NONE;
        for (WorkLine w : lines) {
            other = other.plus(w.amounts.nguonKhac());
        }
        return new EncounterTotals(
                sum(lines.stream().filter(w -> w.line.table() == LineTable.DRUG).toList(), w -> w.amounts.thanhTienBv()),
                sum(lines.stream().filter(w -> w.line.costGroup() == SUPPLY_IN_LIST
                        || w.line.costGroup() == SUPPLY_WITH_RATIO).toList(), w -> w.amounts.thanhTienBv()),
                sum(lines, w -> w.amounts.thanhTienBv()),
                sum(lines, w -> w.amounts.thanhTienBh()),
                sum(lines, w -> w.amounts.tBntt()),
                sum(lines, w -> w.amounts.tBncct()),
                sum(lines, w -> w.amounts.tBhtt()),
                other,
                sum(lines.stream().filter(w -> w.line.paymentMethod() == PAYMENT_FEE_FOR_SERVICE).toList(),
                        w -> w.amounts.tBhtt()));
    }

    private static BigDecimal sum(List<WorkLine> lines, java.util.function.Function<WorkLine, BigDecimal> field) {
        BigDecimal total = Money.ZERO;
        for (WorkLine w : lines) {
            total = total.add(field.apply(w));
        }
        return total;
    }
}
