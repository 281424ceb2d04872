package vn.his.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.his.core.card.CardDetails;
import vn.his.core.card.CardNumber;
import vn.his.core.card.InvalidCardNumberException;
import vn.his.core.testsupport.CoreFixtures;
import vn.his.core.testsupport.DatabaseTest;

@DatabaseTest
class PatientRegistryDbTest {

    @Autowired
    PatientRegistry registry;

    @Autowired
    PatientRepository patients;

    @Autowired
    CoreFixtures fixtures;

    @Test
    void registersWithAProvinceWidePatientCode() {
        Patient p = fixtures.patient("Hồ Thị Lài", "040170001001");
        assertThat(p.patientCode()).matches("40\\d{8}");
        assertThat(patients.findByPatientCode(p.patientCode())).get().extracting(Patient::fullName)
                .isEqualTo("Hồ Thị Lài");
    }

    @Test
    void sameCitizenIdIsRefusedAndWritesNothing() {
        fixtures.patient("Lê Văn Bình", "040170001002");
        long before = patients.count();
        assertThatThrownBy(() -> fixtures.patient("Lê Văn Bình", "040170001002"))
                .isInstanceOf(DuplicatePatientException.class).hasMessageContaining("040170001002");
        assertThat(patients.count()).isEqualTo(before);
    }

    @Test
    void findsDuplicatesByCardAndByNameAndBirthDate() {
        Patient p = fixtures.patient("Trần Thị Cúc", "040170001003");
        fixtures.card(p, "GD4400170001003", "40001");
        PatientDetails sameName = new PatientDetails("TRAN THI CUC", BirthDate.yearOnly(1970), Gender.FEMALE, "01",
                "000", "00000", "Nghệ An", "40", null, "17605", null, null, null);
        assertThat(registry.findDuplicates(sameName, null)).extracting(DuplicateCandidate::reason)
                .containsExactly(DuplicateCandidate.Reason.SAME_NAME_AND_BIRTH_DATE);
        PatientDetails other = new PatientDetails("Ai Khác", BirthDate.yearOnly(1999), Gender.MALE, "01",
                "000", "00000", "Nghệ An", "40", null, "17605", null, null, null);
        // a new card with the same social-insurance number (benefit level changed) is the same person
        assertThat(registry.findDuplicates(other, new CardNumber("HT3400170001003")))
                .extracting(DuplicateCandidate::reason).containsExactly(DuplicateCandidate.Reason.SAME_CARD);
    }

    @Test
    void aCardHeldByAnotherPersonIsRefused() {
        Patient a = fixtures.patient("Người A", "040170001004");
        Patient b = fixtures.patient("Người B", "040170001005");
        fixtures.card(a, "DN4400170001004", "40001");
        assertThatThrownBy(() -> fixtures.card(b, "DN4400170001004", "40001"))
                .isInstanceOf(InvalidCardNumberException.class).hasMessageContaining(a.patientCode());
        assertThat(registry.cardsOf(b.id())).isEmpty();
    }

    @Test
    void severalCardsOverTime() {
        Patient p = fixtures.patient("Người C", "040170001006");
        registry.addCard(p.id(), new CardDetails(new CardNumber("CN3400170001006"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), "40001", null, null, null));
        registry.addCard(p.id(), new CardDetails(new CardNumber("CN2400170001006"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), "40001", null, null, null));
        var cards = registry.cardsOf(p.id());
        assertThat(vn.his.core.card.CardSelector.cardOn(cards, LocalDate.of(2025, 6, 1))).get()
                .extracting(c -> c.cardNumber()).isEqualTo("CN3400170001006");
        assertThat(vn.his.core.card.CardSelector.cardOn(cards, LocalDate.of(2026, 6, 1))).get()
                .extracting(c -> c.benefitDigit()).isEqualTo(2);
        assertThat(vn.his.core.card.CardSelector.cardOn(cards, LocalDate.of(2027, 6, 1))).isEmpty();
    }
}
