package vn.his.export.claim.files;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.his.core.common.DomainException;

/**
 * Which claims to export: the facilities (MA_CSKCB; empty = every facility) and the period, both days included. An
 * encounter belongs to the period when its NGAY_RA (end of the visit or stay) falls on one of those days — the date
 * the submission deadlines of TT 48 and the monthly summaries count from, and one that does not move when a payment
 * or a correction is recorded later.
 */
public record ExportRequest(List<String> facilities, LocalDate from, LocalDate to) {

    public ExportRequest {
        facilities = facilities == null ? List.of() : facilities.stream().distinct().toList();
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        for (String f : facilities) {
            if (f == null || !f.matches("[0-9A-Z]{5}")) {
                throw new DomainException("claim.export.facilityInvalid", String.valueOf(f));
            }
        }
        if (to.isBefore(from)) {
            throw new DomainException("claim.export.periodReversed", from, to);
        }
    }
}
