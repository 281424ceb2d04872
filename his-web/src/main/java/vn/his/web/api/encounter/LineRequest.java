package vn.his.web.api.encounter;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * A line from the facility catalogue: the catalogue code, quantity, ordering practitioner (CCHN of the facility), and
 * optionally the order time (default now), department (default the encounter's first), performer, dosage, ICD-10.
 * Prices, cost group, ratios and drug fields come from the catalogue row valid on the order date.
 */
public record LineRequest(@NotBlank String itemCode, @NotNull @Positive BigDecimal quantity,
                          @NotBlank String orderingCchn, LocalDateTime orderTime, String departmentCode,
                          String performerCchn, String dosage, String icd10) {
}
