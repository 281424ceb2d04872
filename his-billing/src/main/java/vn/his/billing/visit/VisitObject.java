package vn.his.billing.visit;

import java.math.BigDecimal;
import java.util.Locale;

import vn.his.billing.Explanation;
import vn.his.billing.rules.EncounterType;
import vn.his.billing.rules.VisitObjectRule;

/**
 * The visit object of an encounter: MA_DOITUONG_KCB with its route factor and how it was chosen.
 *
 * @param code            MA_DOITUONG_KCB (string, e.g. "1.13")
 * @param routeFactor     r for the encounter type on the encounter date
 * @param fullBenefit     100% of in-scope cost whatever the card (code 1.2, commune level before 2025)
 * @param exemptionsApply the 15%-of-LCS and 5-year exemptions may apply (row column exemptions_apply)
 * @param cardPercent     benefit percentage of the card on the date, or {@code null} without a card
 * @param benefitPercent  percentage by route: 100 for full benefit, else card % × r; {@code null} without a card
 * @param overrideReason  the clerk's reason when the code was overridden, else {@code null}
 * @param rule            the table row that decided
 * @param explanation     plain sentence, e.g. "Khám tại nơi đăng ký ban đầu → 1.1, mức hưởng 80%"
 */
public record VisitObject(
        String code,
        EncounterType encounterType,
        BigDecimal routeFactor,
        boolean fullBenefit,
        boolean exemptionsApply,
        BigDecimal cardPercent,
        BigDecimal benefitPercent,
        String overrideReason,
        VisitObjectRule rule,
        Explanation explanation) {

    public boolean overridden() {
        return overrideReason != null;
    }

    public String explanationVi() {
        return explanation.vi();
    }

    public String explanation(Locale locale) {
        return explanation.text(locale);
    }
}
