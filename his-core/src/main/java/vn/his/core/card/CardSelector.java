package vn.his.core.card;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which of a patient's cards applies on a date: the one whose validity covers it; when two overlap (a new card issued
 * while the old is still valid, gateway code 004) the one that started last, since a new benefit level applies from
 * the date the new card is valid (NĐ 146 art. 14 §5).
 */
public final class CardSelector {

    private CardSelector() {
    }

    public static Optional<InsuranceCard> cardOn(Collection<InsuranceCard> cards, LocalDate date) {
        return cards.stream().filter(c -> c.isValidOn(date)).max(Comparator.comparing(InsuranceCard::validFrom));
    }
}
