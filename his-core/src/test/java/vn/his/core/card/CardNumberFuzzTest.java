package vn.his.core.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue 7, bad input at scale: tens of thousands of card numbers — random text of every length and script, and valid
 * numbers with one to three characters changed — given to {@link CardNumber}. Each is accepted exactly when an
 * independent oracle (the QĐ 1351 shape: two letters, benefit 1–5, province 01–99, ten digits) says it is valid, and
 * otherwise refused with {@link InvalidCardNumberException} (a message key); never another exception, none taking 5 s.
 * Seeded {@link Random} in plain JUnit ({@code -Dhis.fuzz.seed=}, {@code -Dhis.fuzz.cases=}); the same rule as jqwik
 * properties, with shrinking, is {@link CardNumberPropertiesTest}.
 */
class CardNumberFuzzTest {

    private static final long SEED = Long.getLong("his.fuzz.seed", 20261124L);
    private static final int CASES = Integer.getInteger("his.fuzz.cases", 3_000) * 10;
    private static final Pattern ORACLE = Pattern.compile("[A-Z]{2}[1-5](0[1-9]|[1-9][0-9])[0-9]{10}");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 \t\n-_/.,;"
            + "ĐđƯưƠơÂâÊêÔôĂăÁáÀàẢảÃãẠạ０１２３٣߃\u0000\u200B\uFEFF\u00A0ßİı😀";

    @Test
    void everyCardNumberIsAcceptedExactlyWhenValidAndOtherwiseRefusedWithAKey() {
        Random random = new Random(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < CASES; i++) {
                String input = i % 2 == 0 ? nearlyValid(random) : randomText(random);
                String normalised = input.strip().toUpperCase();
                long started = System.nanoTime();
                try {
                    CardNumber card = new CardNumber(input);
                    assertThat(ORACLE.matcher(normalised).matches()).as("accepted %s", input).isTrue();
                    assertThat(new CardNumber(card.value())).isEqualTo(card);
                    outcomes.merge("accepted", 1, Integer::sum);
                } catch (InvalidCardNumberException refused) {
                    assertThat(ORACLE.matcher(normalised).matches()).as("refused %s", input).isFalse();
                    assertThat(refused.getMessage()).isNotBlank();
                    outcomes.merge("refused", 1, Integer::sum);
                }
                // a hang bound, not a speed target (a loaded 2-core machine pauses threads for a second at times)
                assertThat(System.nanoTime() - started).as("time for %s", input).isLessThan(5_000_000_000L);
            }
        });
        assertThat(outcomes.get("accepted")).isPositive();
        assertThat(outcomes.get("refused")).isPositive();
        System.out.println("[fault] CardNumberFuzzTest: " + CASES + " card numbers (seed " + SEED + "), survived "
                + CASES + " (0 crashes, each < 5 s): " + outcomes);
    }

    private static String nearlyValid(Random random) {
        StringBuilder b = new StringBuilder();
        b.append((char) ('A' + random.nextInt(26))).append((char) ('A' + random.nextInt(26)));
        b.append(1 + random.nextInt(5));
        b.append(String.format("%02d", 1 + random.nextInt(99)));
        for (int i = 0; i < 10; i++) {
            b.append(random.nextInt(10));
        }
        int changes = random.nextInt(4);
        for (int c = 0; c < changes; c++) {
            int at = random.nextInt(b.length() + 1);
            char ch = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, ch);
                case 1 -> {
                    if (at < b.length()) {
                        b.setCharAt(at, ch);
                    }
                }
                default -> {
                    if (at < b.length()) {
                        b.deleteCharAt(at);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String randomText(Random random) {
        int length = random.nextInt(random.nextInt(10) == 0 ? 2_000 : 30);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x10000)
                    : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
