package vn.his.export.assessment;

import java.util.ArrayList;
import java.util.List;

import vn.his.export.spec.SchemaCatalog;
import vn.his.export.xml.ClaimSnapshot;
import vn.his.export.xml.ReferralLetterSettings;
import vn.his.export.xml.TableRelevance;

/**
 * Pre-submission assessment of a claim snapshot: runs every rule and collects the findings. A snapshot with any
 * ERROR must not be sent; the gateway would reject it or the assessment body would refuse the claim.
 */
public final class ClaimAssessor {

    private final SchemaCatalog catalog;
    private final List<AssessmentRule> rules;

    public ClaimAssessor(SchemaCatalog catalog, CatalogueLookup catalogue) {
        this(catalog, catalogue, ReferralLetterSettings.unconfigured());
    }

    /** @param referralLetters the configured reading of XML13 MA_CSKCB_DI, checked only when configured */
    public ClaimAssessor(SchemaCatalog catalog, CatalogueLookup catalogue, ReferralLetterSettings referralLetters) {
        this(catalog, standardRules(catalogue, TableRelevance.qd4750(), referralLetters));
    }

    public ClaimAssessor(SchemaCatalog catalog, List<AssessmentRule> rules) {
        this.catalog = catalog;
        this.rules = List.copyOf(rules);
    }

    /** The rules of QĐ 4750 as amended, with the gateway's checks. */
    public static List<AssessmentRule> standardRules(CatalogueLookup catalogue, TableRelevance relevance) {
        return standardRules(catalogue, relevance, ReferralLetterSettings.unconfigured());
    }

    /** As {@link #standardRules(CatalogueLookup, TableRelevance)}, XML13 MA_CSKCB_DI read as configured. */
    public static List<AssessmentRule> standardRules(CatalogueLookup catalogue, TableRelevance relevance,
                                                     ReferralLetterSettings referralLetters) {
        return List.of(new FieldSpecRule(), new FieldPatternRule(), new ConditionalFieldRule(), new LineMoneyRule(),
                new SummaryTotalsRule(), new DateOrderRule(), TreatmentDaysRule.qd4750(), new DiagnosisCodesRule(),
                new CardValidityRule(), TablePresenceRule.qd4750(relevance), DischargePapersRule.qd4750(referralLetters),
                new ConsistencyRule(), new CatalogueRule(catalogue));
    }

    public Assessment assess(ClaimSnapshot snapshot) {
        AssessmentContext context = new AssessmentContext(snapshot, catalog);
        List<Finding> findings = new ArrayList<>();
        for (AssessmentRule rule : rules) {
            rule.check(context, findings);
        }
        return new Assessment(findings);
    }

    /** Every rule id the configured rules can report. */
    public List<String> ruleIds() {
        return rules.stream().flatMap(r -> r.ruleIds().stream()).toList();
    }
}
