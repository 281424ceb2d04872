package vn.his.export.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FacilitySetupWarningsTest {

    @Test
    void eachFacilityAndKindIsWarnedOnlyOnce() {
        FacilitySetupWarnings warnings = new FacilitySetupWarnings();
        assertThat(warnings.first("40001", "account")).isTrue();
        assertThat(warnings.first("40001", "account")).isFalse();
        assertThat(warnings.first("40002", "account")).isTrue();
        assertThat(warnings.first("40001", "keystore")).isTrue();
        assertThat(warnings.first("40001", "keystore")).isFalse();
    }
}
