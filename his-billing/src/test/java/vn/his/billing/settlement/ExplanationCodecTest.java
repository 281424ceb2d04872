package vn.his.billing.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.his.billing.Explanation;

class ExplanationCodecTest {

    @Test
    void readsBackEqualExplanationsWhateverTheCharacters() {
        List<Explanation> list = List.of(
                Explanation.of("billing.line.card", "HT3400000000123", 3, new BigDecimal("95")),
                Explanation.of("billing.x", "a:b;c\n12:", new BigDecimal("8E+1"), new BigDecimal("0.50"), 7L, ""),
                Explanation.of("billing.none"));
        String stored = ExplanationCodec.encode(list);
        assertThat(ExplanationCodec.decode(stored)).isEqualTo(list);
        assertThat(ExplanationCodec.decode(ExplanationCodec.encode(List.of()))).isEmpty();
        assertThat(((BigDecimal) ExplanationCodec.decode(stored).get(1).args().get(2)).scale()).isEqualTo(2);
    }

    @Test
    void refusesAnArgumentItCannotReadBack() {
        assertThatThrownBy(() -> ExplanationCodec.encode(Explanation.of("billing.x", java.time.LocalDate.now())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LocalDate");
        assertThatThrownBy(() -> ExplanationCodec.decode("1:1")).isInstanceOf(RuntimeException.class);
    }
}
