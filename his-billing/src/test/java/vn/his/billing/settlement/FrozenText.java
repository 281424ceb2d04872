package vn.his.billing.settlement;

import vn.his.billing.Explanation;
import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.pricing.PricedLine;

/** Benchmark access to the text work of freezing a priced encounter (explanations encoded and rendered). */
public final class FrozenText {

    private FrozenText() {
    }

    /** Encodes and renders every explanation as {@link JdbcSettlementLedger} stores them; returns the length. */
    public static int encodedLength(PricedEncounter priced) {
        int length = ExplanationCodec.encode(priced.notes()).length() + Explanation.joinVi(priced.notes()).length()
                + ExplanationCodec.encode(priced.visitObject().explanation()).length();
        for (PricedLine line : priced.lines()) {
            length += ExplanationCodec.encode(line.explanations()).length() + line.explanationVi().length();
        }
        return length;
    }
}
