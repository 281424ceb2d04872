package vn.his.core.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardNumberTest {

    @Test
    void splitsTheFifteenCharacters() {
        CardNumber card = new CardNumber("gd4010120152431");
        assertThat(card.value()).isEqualTo("GD4010120152431");
        assertThat(card.groupCode()).isEqualTo("GD");
        assertThat(card.benefitDigit()).isEqualTo(4);
        assertThat(card.provinceCode()).isEqualTo("01");
        assertThat(card.socialInsuranceNo()).isEqualTo("0120152431");
    }

    @ParameterizedTest
    @CsvSource({
            "GD401012015243,card.number.length",
            "GD40101201524312,card.number.length",
            "G14010120152431,card.number.group",
            "GD6010120152431,card.number.benefit",
            "GD0010120152431,card.number.benefit",
            "GD4A10120152431,card.number.province",
            "GD4000120152431,card.number.province",
            "GD40101201524X1,card.number.socialNo",
    })
    void refusesEachWrongPositionWithItsOwnMessage(String value, String key) {
        assertThatThrownBy(() -> new CardNumber(value))
                .isInstanceOf(InvalidCardNumberException.class)
                .satisfies(e -> assertThat(((InvalidCardNumberException) e).messageKey()).isEqualTo(key))
                .hasMessageContaining(value.toUpperCase());
    }

    @Test
    void refusesAMissingNumber() {
        assertThatThrownBy(() -> new CardNumber(null)).isInstanceOf(InvalidCardNumberException.class)
                .hasMessageContaining("Chưa nhập mã thẻ BHYT");
    }

    @Test
    void cardDetailsCheckValidityAndRegisteredFacility() {
        CardNumber n = new CardNumber("HT3400123456789");
        assertThatThrownBy(() -> new CardDetails(n, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), "40001",
                null, null, null)).isInstanceOf(InvalidCardNumberException.class);
        assertThatThrownBy(() -> new CardDetails(n, LocalDate.of(2026, 1, 1), null, "4001", null, null, null))
                .hasMessageContaining("nơi đăng ký KCB ban đầu");
        assertThatThrownBy(() -> new CardDetails(n, LocalDate.of(2026, 1, 1), null, "40001", "K4", null, null))
                .hasMessageContaining("K1, K2 hoặc K3");
        CardDetails ok = new CardDetails(n, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "40001", "K2",
                null, null);
        assertThat(ok.isValidOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(ok.isValidOn(LocalDate.of(2027, 1, 1))).isFalse();
    }
}
