package vn.his.billing.settlement;

import vn.his.billing.pricing.PricedEncounter;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One frozen priced version of a settled encounter: what billing hands to export. Version 1 is the
 * settlement; each correction freezes a new version with its reason and keeps the earlier ones readable.
 *
 * @param encounterId the core encounter id
 * @param maLk        MA_LK of the encounter
 * @param version     priced version, from 1
 * @param reason      why this version replaced the previous one; {@code null} for version 1
 * @param settledAt   when the version was frozen
 * @param settledBy   who froze it (user name)
 * @param payment     the patient's payment, {@code null} while the encounter is discharged unpaid
 * @param priced      the frozen lines and totals exactly as priced (never re-priced from live data)
 */
public record SettledEncounter(long encounterId, String maLk, int version, String reason,
                               LocalDateTime settledAt, String settledBy, Payment payment,
                               PricedEncounter priced) {

    public SettledEncounter {
        Objects.requireNonNull(maLk, "maLk");
        Objects.requireNonNull(settledAt, "settledAt");
        Objects.requireNonNull(priced, "priced");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1: " + version);
        }
    }

    /** NGAY_TTOAN: the payment time, empty while unpaid. */
    public Optional<LocalDateTime> paymentTime() {
        return Optional.ofNullable(payment).map(Payment::paidAt);
    }
}
