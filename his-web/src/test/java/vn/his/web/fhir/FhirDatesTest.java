package vn.his.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;

/** FHIR date search parameters as Vietnam wall-clock intervals. */
class FhirDatesTest {

    static FhirDates.Range range(String... values) {
        DateRangeParam p = values.length == 1 ? new DateRangeParam(new DateParam(values[0]))
                : new DateRangeParam(new DateParam(values[0]), new DateParam(values[1]));
        return FhirDates.range(p);
    }

    @Test
    void aDayIsTheWholeDay() {
        assertThat(range("2026-11-10")).isEqualTo(new FhirDates.Range(LocalDateTime.of(2026, 11, 10, 0, 0),
                LocalDateTime.of(2026, 11, 11, 0, 0)));
    }

    @Test
    void prefixesOpenOrShiftTheEnds() {
        assertThat(range("ge2026-11-01", "lt2026-12-01")).isEqualTo(new FhirDates.Range(
                LocalDateTime.of(2026, 11, 1, 0, 0), LocalDateTime.of(2026, 12, 1, 0, 0)));
        assertThat(range("gt2026-11-01")).isEqualTo(new FhirDates.Range(LocalDateTime.of(2026, 11, 2, 0, 0), null));
        assertThat(range("le2026-11-30")).isEqualTo(new FhirDates.Range(null, LocalDateTime.of(2026, 12, 1, 0, 0)));
        assertThat(range("2026-11")).isEqualTo(new FhirDates.Range(LocalDateTime.of(2026, 11, 1, 0, 0),
                LocalDateTime.of(2026, 12, 1, 0, 0)));
    }

    @Test
    void aTimeWithAnOffsetIsConvertedToVietnam() {
        assertThat(range("ge2026-11-10T01:00:00Z").from()).isEqualTo(LocalDateTime.of(2026, 11, 10, 8, 0));
        assertThat(FhirDates.range(null)).isEqualTo(new FhirDates.Range(null, null));
    }
}
