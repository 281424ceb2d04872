package vn.his.core.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 7, bad input at scale, as properties (jqwik; {@link CardNumberFuzzTest} keeps its seeded run beside it): any
 * text is accepted as a card number exactly when an independent oracle of the QĐ 1351 shape (two letters, benefit
 * 1–5, province 01–99, ten digits) says it is valid, once trimmed and in upper case; otherwise it is refused with
 * {@link InvalidCardNumberException} and a message key, never another exception. An accepted number reads back equal.
 * jqwik shrinks a failing input to the smallest one and replays it first on the next run.
 */
class CardNumberPropertiesTest {

    private static final Pattern ORACLE = Pattern.compile("[A-Z]{2}[1-5](0[1-9]|[1-9][0-9])[0-9]{10}");

    @Property(tries = 5_000)
    void anyTextIsAcceptedExactlyWhenValid(@ForAll("cardNumberLike") String input) {
        boolean valid = ORACLE.matcher(input.strip().toUpperCase()).matches();
        Statistics.label("outcome").collect(valid ? "valid" : "invalid");
        try {
            CardNumber card = new CardNumber(input);
            assertThat(valid).as("accepted %s", input).isTrue();
            assertThat(new CardNumber(card.value())).isEqualTo(card);
        } catch (InvalidCardNumberException refused) {
            assertThat(valid).as("refused %s", input).isFalse();
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    /** Valid numbers, the same with one character inserted, replaced or removed, and any text at all. */
    @Provide
    Arbitrary<String> cardNumberLike() {
        Arbitrary<String> valid = Combinators.combine(
                Arbitraries.chars().range('A', 'Z').list().ofSize(2),
                Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(1, 99),
                Arbitraries.strings().numeric().ofLength(10),
                Arbitraries.of("", " ", "\t", "\u00A0")).as((letters, benefit, province, digits, pad) ->
                pad + letters.get(0) + letters.get(1) + benefit + String.format("%02d", province) + digits + pad);
        Arbitrary<String> lowerCase = valid.map(String::toLowerCase);
        Arbitrary<String> changed = Combinators.combine(valid, Arbitraries.integers().between(0, 20),
                Arbitraries.chars().all(), Arbitraries.integers().between(0, 2)).as((v, at, ch, how) -> {
                    StringBuilder b = new StringBuilder(v);
                    int i = Math.min(at, b.length());
                    switch (how) {
                        case 0 -> b.insert(i, ch);
                        case 1 -> {
                            if (i < b.length()) {
                                b.setCharAt(i, ch);
                            }
                        }
                        default -> {
                            if (i < b.length()) {
                                b.deleteCharAt(i);
                            }
                        }
                    }
                    return b.toString();
                });
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(200);
        return Arbitraries.frequencyOf(
                Tuple.of(3, valid), Tuple.of(1, lowerCase),
                Tuple.of(4, changed), Tuple.of(2, anyText));
    }
}
