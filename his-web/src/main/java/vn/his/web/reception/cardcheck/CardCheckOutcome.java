package vn.his.web.reception.cardcheck;

import java.util.List;

import vn.his.export.gateway.CardCheckResult;

/**
 * What the reception screen shows after a card check: the card looked up, and either the gateway's answer (code,
 * explanation and the returned card data next to the recorded one) or why there is none.
 *
 * @param subject     the card looked up (null when it could not be read)
 * @param result      the gateway's answer or its failure; null when the gateway was not called
 * @param problem     a sentence for people when the check gave no answer (missing account, gateway down …); null
 *                    when the gateway answered
 * @param explanation the result code explained (null without an answer)
 * @param rows        recorded vs returned card data (empty without card data)
 */
public record CardCheckOutcome(CardCheckSubject subject, CardCheckResult result, String problem, String explanation,
                               List<CardCheckRow> rows) {

    public CardCheckOutcome {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    static CardCheckOutcome refused(CardCheckSubject subject, String problem) {
        return new CardCheckOutcome(subject, null, problem, null, List.of());
    }

    public boolean answered() {
        return problem == null && result != null && result.answered();
    }

    public boolean cardCorrect() {
        return answered() && result.cardCorrect();
    }

    public boolean anyDifference() {
        return rows.stream().anyMatch(CardCheckRow::differs);
    }
}
