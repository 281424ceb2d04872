package vn.his.billing.pricing;

import java.time.LocalDateTime;
import java.util.List;

import vn.his.billing.Explanation;
import vn.his.billing.visit.VisitObject;

/**
 * The priced encounter: visit object, lines in request order, XML1 totals.
 *
 * @param coPaymentExemptFrom NGAY_MIEN_CCT: the given certificate date, or the time of the line at which the
 *                            year's co-payment reached 6 × LCS inside this encounter; {@code null} otherwise
 * @param notes               encounter-level explanations (threshold, exemption, XML1 formula difference)
 */
public record PricedEncounter(String encounterId, VisitObject visitObject, List<PricedLine> lines,
                              EncounterTotals totals, LocalDateTime coPaymentExemptFrom, List<Explanation> notes) {

    public PricedEncounter {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }
}
