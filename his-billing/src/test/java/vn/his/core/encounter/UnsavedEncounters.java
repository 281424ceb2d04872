package vn.his.core.encounter;

import java.lang.reflect.Field;
import java.time.LocalDateTime;

import vn.his.core.card.InsuranceCard;
import vn.his.core.facility.Facility;

/**
 * Builds core encounters in memory (no database) for billing's pure unit tests; lives in core's package to reach
 * the package-private constructor that {@link EncounterService} uses.
 */
public final class UnsavedEncounters {

    private static long ids = 1000;

    private UnsavedEncounters() {
    }

    public static Encounter open(String maLk, Facility facility, String facilityCode, EncounterOpening opening) {
        return new Encounter(maLk, facility, facilityCode, null, opening, maLk, opening.arrivalTime());
    }

    /** Adds a card copy; the card gets an id as if it had been saved. */
    public static void addCard(Encounter encounter, InsuranceCard card) {
        try {
            Field id = InsuranceCard.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(card, ++ids);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        encounter.addCard(card);
    }

    public static void addLine(Encounter encounter, OrderLineDraft draft) {
        encounter.addLine(draft, LocalDateTime.of(2026, 11, 20, 12, 0));
    }
}
