package vn.his.export.claim;

import java.math.BigDecimal;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.his.billing.BillingException;
import vn.his.billing.encounter.EncounterPricingAdapter;
import vn.his.billing.rules.RuleBook;
import vn.his.billing.visit.VisitObjectResolver;
import vn.his.core.encounter.Encounter;

/**
 * MA_DOITUONG_KCB of the check-in (XML0, QĐ 130 as amended by QĐ 4750, Bảng check-in field MA_DOITUONG_KCB): the visit
 * object known when the encounter opens — provisional, the final one is decided at settlement and sent in XML1.
 * <ul>
 *   <li>a provisional code recorded on the encounter (chosen by reception) is used as it is;</li>
 *   <li>otherwise billing's visit-object table (QĐ 3276/QĐ-BYT PL1, {@link VisitObjectResolver}) is evaluated on the
 *       arrival day with what the encounter records at that moment — the card valid that day and its registered
 *       facility (MA_DKBD), the referral paper, emergency, revisit appointment, living area — through the same
 *       encounter translation as settlement ({@link EncounterPricingAdapter}) and without a clerk override (a clerk
 *       chooses one only at settlement). The co-payments of the year do not enter the visit object, so none are
 *       loaded.</li>
 * </ul>
 * When the table gives no code (none in force on the day, or no row matches what is recorded yet) the field stays
 * empty and a warning names the reason: the check-in is a status notice, not a basis for payment (QĐ 4750 Đ2 k1), and
 * it is queued in the transaction that records the cost, which it must not undo.
 */
@Component
public class ProvisionalVisitObject {

    private static final Logger LOG = LoggerFactory.getLogger(ProvisionalVisitObject.class);

    private final EncounterPricingAdapter adapter;
    private final VisitObjectResolver resolver;

    public ProvisionalVisitObject(EncounterPricingAdapter adapter, RuleBook rules) {
        this.adapter = adapter;
        this.resolver = new VisitObjectResolver(rules);
    }

    /** The visit object of {@code encounter} as known at check-in; empty when the table gives none. */
    public Optional<String> of(Encounter encounter) {
        if (encounter.visitObjectProvisional() != null && !encounter.visitObjectProvisional().isBlank()) {
            return Optional.of(encounter.visitObjectProvisional());
        }
        try {
            return Optional.of(resolver.resolve(adapter.toRequest(encounter, Optional.empty(), BigDecimal.ZERO)
                    .visit()).code());
        } catch (BillingException noCode) {
            LOG.warn("Check-in of encounter {} ({}) without MA_DOITUONG_KCB: {}", encounter.id(), encounter.maLk(),
                    noCode.getMessage());
            return Optional.empty();
        }
    }
}
