package vn.his.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BirthDateTest {

    @Test
    void partialDatesUseZerosAsQd4750Says() {
        assertThat(BirthDate.yearOnly(1950).toXmlValue()).isEqualTo("195000000000");
        assertThat(new BirthDate(1950, 7, null, null).toXmlValue()).isEqualTo("195007000000");
        assertThat(new BirthDate(2026, 11, 20, "0815").toXmlValue()).isEqualTo("202611200815");
        assertThat(BirthDate.of(LocalDate.of(1985, 3, 9)).toXmlValue()).isEqualTo("198503090000");
        assertThat(new BirthDate(1950, 7, null, null).display()).isEqualTo("07/1950");
        assertThat(BirthDate.of(LocalDate.of(1985, 3, 9)).display()).isEqualTo("09/03/1985");
    }

    @Test
    void refusesImpossibleDates() {
        assertThatThrownBy(() -> new BirthDate(2023, 2, 29, null)).isInstanceOf(InvalidPatientDataException.class);
        assertThatThrownBy(() -> new BirthDate(2023, 13, null, null)).isInstanceOf(InvalidPatientDataException.class);
        assertThatThrownBy(() -> new BirthDate(2023, null, 5, null)).isInstanceOf(InvalidPatientDataException.class);
        assertThatThrownBy(() -> new BirthDate(2023, 1, 5, "2460")).isInstanceOf(InvalidPatientDataException.class);
        assertThatThrownBy(() -> new BirthDate(1700, null, null, null)).isInstanceOf(InvalidPatientDataException.class);
    }

    @Test
    void refusesAFutureBirth() {
        assertThatThrownBy(() -> BirthDate.of(LocalDate.of(2026, 12, 1)).notAfter(LocalDate.of(2026, 11, 23)))
                .hasMessageContaining("sau ngày hôm nay");
    }
}
