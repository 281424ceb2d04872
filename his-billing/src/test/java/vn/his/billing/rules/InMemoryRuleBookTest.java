package vn.his.billing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.his.billing.BillingException;

/** The in-memory rule book refuses contradictory data and dates without a rule; it never falls back to a default. */
class InMemoryRuleBookTest {

    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    private static RuleSet salaries(BaseSalaryRule... rows) {
        return new RuleSet(List.of(rows), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void overlappingRowsAreRefused() {
        RuleSet overlapping = salaries(
                new BaseSalaryRule(new BigDecimal("2340000"), new Validity(LocalDate.of(2024, 7, 1), null), "a"),
                new BaseSalaryRule(new BigDecimal("2530000"), Validity.from(LocalDate.of(2026, 7, 1)), "b"));
        assertThatThrownBy(() -> new InMemoryRuleBook(overlapping))
                .isInstanceOfSatisfying(BillingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("billing.rules.overlap"));
    }

    @Test
    void aDateWithoutARowIsRefused() {
        RuleBook rules = new InMemoryRuleBook(salaries(new BaseSalaryRule(new BigDecimal("2340000"),
                new Validity(LocalDate.of(2024, 7, 1), LocalDate.of(2026, 6, 30)), "NĐ 73/2024")));
        assertThat(rules.baseSalary(JAN_2026)).isEqualByComparingTo("2340000");
        assertThatThrownBy(() -> rules.baseSalary(LocalDate.of(2026, 7, 1)))
                .isInstanceOfSatisfying(BillingException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Không có mức lương cơ sở áp dụng cho ngày 2026-07-01."));
        assertThatThrownBy(() -> rules.thresholdMultiple(ThresholdKind.SUPPLY_CEILING, JAN_2026))
                .isInstanceOf(BillingException.class);
        assertThatThrownBy(() -> rules.servicePercent(ServiceRateKind.EXAM, 2, JAN_2026))
                .isInstanceOf(BillingException.class);
        assertThatThrownBy(() -> rules.benefit("DN", 4, JAN_2026))
                .isInstanceOfSatisfying(BillingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("billing.card.groupUnknown"));
    }

    @Test
    void validityMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Validity(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)))
                .isInstanceOf(BillingException.class);
        Validity v = new Validity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        assertThat(v.covers(LocalDate.of(2026, 1, 31))).isTrue();
        assertThat(v.covers(LocalDate.of(2026, 2, 1))).isFalse();
        assertThat(v.overlaps(Validity.from(LocalDate.of(2026, 1, 31)))).isTrue();
        assertThat(v.overlaps(Validity.from(LocalDate.of(2026, 2, 1)))).isFalse();
    }
}
