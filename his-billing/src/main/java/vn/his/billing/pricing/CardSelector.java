package vn.his.billing.pricing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import vn.his.billing.rules.EncounterType;

/**
 * Chooses the card valid on a line's date (bhyt-rules §1.1 "each line item is priced against the card valid on
 * its service date"). When two cards cover the date (old card still valid, new card issued: lookup code 004),
 * the newer one (latest GT_THE_TU) wins, since a new benefit level applies from the new card's start
 * (NĐ 146 art. 14 §5).
 */
final class CardSelector {

    private final List<CardPeriod> cards;
    private final int graceDays;

    CardSelector(List<CardPeriod> cards, EncounterType type, PricingPolicy policy) {
        this.cards = cards;
        this.graceDays = type == EncounterType.INPATIENT ? policy.inpatientCardGraceDays() : 0;
    }

    CardPeriod cardOn(LocalDate date) {
        return cards.stream()
                .filter(c -> !date.isBefore(c.validFrom()) && !date.isAfter(c.validTo().plusDays(graceDays)))
                .max(Comparator.comparing(CardPeriod::validFrom))
                .orElse(null);
    }
}
