package vn.his.billing.rules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the visit-object table (MA_DOITUONG_KCB, QĐ 3276/QĐ-BYT PL1 since 2025; the older list before).
 * Rows are tried by {@code rank}; the first whose criteria match is the visit object (QĐ 3276: "first code in
 * table order"). Empty sets and {@link Condition#ANY} mean "no condition". A {@code null} route factor means the
 * row does not apply to that encounter type. See the comments of migration V20261123_20 for every column.
 */
public record VisitObjectRule(
        String code,
        int rank,
        String descriptionVi,
        String descriptionEn,
        Arrival arrival,
        Set<CareLevel> careLevels,
        Set<FormerRoute> formerRoutes,
        Set<FormerRoute> formerRoutesExcluded,
        BigDecimal pointsMin,
        BigDecimal pointsMax,
        boolean provisionalOk,
        Condition primaryUnit,
        Condition sameProvince,
        Condition appendixI,
        Condition appendixII,
        Condition kArea,
        BigDecimal factorInpatient,
        BigDecimal factorOutpatient,
        boolean fullBenefit,
        boolean exemptionsApply,
        Validity validity,
        String source) {

    public VisitObjectRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(descriptionVi, "descriptionVi");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        Objects.requireNonNull(arrival, "arrival");
        careLevels = Set.copyOf(careLevels);
        formerRoutes = Set.copyOf(formerRoutes);
        formerRoutesExcluded = Set.copyOf(formerRoutesExcluded);
        Objects.requireNonNull(primaryUnit, "primaryUnit");
        Objects.requireNonNull(sameProvince, "sameProvince");
        Objects.requireNonNull(appendixI, "appendixI");
        Objects.requireNonNull(appendixII, "appendixII");
        Objects.requireNonNull(kArea, "kArea");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(source, "source");
    }

    /** The route factor r for {@code type}, or {@code null} when the row does not apply to it. */
    public BigDecimal factor(EncounterType type) {
        return type == EncounterType.INPATIENT ? factorInpatient : factorOutpatient;
    }

    /** Whether the row has a ranking-points condition. */
    public boolean hasPointsCondition() {
        return pointsMin != null || pointsMax != null;
    }
}
