package vn.his.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatientDetailsTest {

    static PatientDetails withCitizenId(String cccd) {
        return new PatientDetails("  Nguyễn   Văn An ", BirthDate.yearOnly(1980), Gender.MALE, "01", "000",
                "00000", "Xóm 1, xã Nghi Phong", "40", null, "17605", cccd, "0912 345 678", "o+");
    }

    @Test
    void normalisesWhatIsTyped() {
        PatientDetails d = withCitizenId("040080001234");
        assertThat(d.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(d.phone()).isEqualTo("0912345678");
        assertThat(d.bloodGroup()).isEqualTo("O+");
        assertThat(NameKey.of(d.fullName())).isEqualTo("NGUYEN VAN AN");
        assertThat(NameKey.of("Đặng  Thị Đào")).isEqualTo("DANG THI DAO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"04008000123", "0400800012345", "A123456", "ab1234567", "04008000123X"})
    void refusesBadCitizenIds(String cccd) {
        assertThatThrownBy(() -> withCitizenId(cccd)).isInstanceOf(InvalidPatientDataException.class)
                .hasMessageContaining("CCCD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"040080001234", "123456789", "B1234567"})
    void acceptsCccdOldIdAndPassport(String id) {
        assertThat(withCitizenId(id).citizenId()).isEqualTo(id);
    }

    @Test
    void refusesBadCodes() {
        assertThatThrownBy(() -> new PatientDetails("An", BirthDate.yearOnly(1980), Gender.MALE, "1", "000", "00000",
                "x", "40", null, "17605", null, null, null)).hasMessageContaining("dân tộc");
        assertThatThrownBy(() -> new PatientDetails("An", BirthDate.yearOnly(1980), Gender.MALE, "01", "000", "00000",
                "x", "40", null, "176", null, null, null)).hasMessageContaining("xã");
        assertThatThrownBy(() -> Gender.ofCode(4)).hasMessageContaining("Giới tính");
    }
}
