package vn.his.export.spec;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of the XML 130 data standard: QĐ 4750 (baseline) and each later decision that patches it,
 * with the dates it applies (a row of {@code db/reference/xml130/versions.csv}).
 *
 * @param id        short identifier used in directories and snapshots, e.g. {@code QD3176}
 * @param decision  the decision, e.g. "QĐ 3176/QĐ-BYT ngày 29/10/2024"
 * @param validFrom first day the version applies
 * @param validTo   last day it applies, {@code null} while it is the newest
 * @param changes   what it changes, in Vietnamese, with its evidence mark
 */
public record SchemaVersion(String id, String decision, LocalDate validFrom, LocalDate validTo, String changes) {

    public SchemaVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("Version " + id + " ends before it starts");
        }
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
