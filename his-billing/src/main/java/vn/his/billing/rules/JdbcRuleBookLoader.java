package vn.his.billing.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import vn.his.billing.BillingException;

/**
 * Loads every row of the {@code billing_*} rule tables once (plain JDBC) into an {@link InMemoryRuleBook}.
 * Rule data is small (a few hundred rows) and changes only by migration, so callers load it at start-up and
 * after a migration. Unknown enum words in the data are refused, naming the table and the value.
 */
public final class JdbcRuleBookLoader {

    private final DataSource dataSource;

    public JdbcRuleBookLoader(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public RuleBook load() {
        try (Connection connection = dataSource.getConnection()) {
            RuleSet rules = new RuleSet(
                    baseSalaries(connection),
                    benefitLevels(connection),
                    groupCodes(connection),
                    overrides(connection),
                    visitObjects(connection),
                    fullBenefitLevels(connection),
                    thresholds(connection),
                    serviceRates(connection));
            return new InMemoryRuleBook(rules);
        } catch (SQLException e) {
            throw BillingException.withCause(e, "billing.rules.loadFailed", e.getMessage());
        }
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
        }
        return rows;
    }

    private static Validity validity(ResultSet rs) throws SQLException {
        return new Validity(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
    }

    private static List<BaseSalaryRule> baseSalaries(Connection c) throws SQLException {
        return query(c, "SELECT amount, valid_from, valid_to, source FROM billing_base_salary ORDER BY valid_from",
                rs -> new BaseSalaryRule(rs.getBigDecimal("amount"), validity(rs), rs.getString("source")));
    }

    private static List<BenefitLevelRule> benefitLevels(Connection c) throws SQLException {
        return query(c, "SELECT benefit_digit, rate_percent, ratio_limits_apply, pays_out_of_scope, valid_from, valid_to,"
                        + " source FROM billing_benefit_level ORDER BY benefit_digit, valid_from",
                rs -> new BenefitLevelRule(rs.getInt("benefit_digit"), rs.getBigDecimal("rate_percent"),
                        rs.getBoolean("ratio_limits_apply"), rs.getBoolean("pays_out_of_scope"), validity(rs),
                        rs.getString("source")));
    }

    private static List<GroupCodeRule> groupCodes(Connection c) throws SQLException {
        return query(c, "SELECT group_code, benefit_digit, valid_from, valid_to, source FROM billing_group_code"
                        + " ORDER BY group_code, valid_from",
                rs -> new GroupCodeRule(rs.getString("group_code"), rs.getInt("benefit_digit"), validity(rs),
                        rs.getString("source")));
    }

    private static List<BenefitOverrideRule> overrides(Connection c) throws SQLException {
        return query(c, "SELECT group_code, printed_digit, effective_digit, valid_from, valid_to, source"
                        + " FROM billing_benefit_override ORDER BY group_code, valid_from",
                rs -> new BenefitOverrideRule(rs.getString("group_code"), rs.getInt("printed_digit"),
                        rs.getInt("effective_digit"), validity(rs), rs.getString("source")));
    }

    private static List<VisitObjectRule> visitObjects(Connection c) throws SQLException {
        String sql = "SELECT code, rank_no, description_vi, description_en, arrival, care_levels, former_routes,"
                + " former_routes_excluded, points_min, points_max, provisional_ok, primary_unit, same_province,"
                + " appendix_i, appendix_ii, k_area, factor_inpatient, factor_outpatient, full_benefit,"
                + " exemptions_apply, valid_from, valid_to, source FROM billing_visit_object ORDER BY rank_no, valid_from";
        return query(c, sql, rs -> new VisitObjectRule(
                rs.getString("code"),
                rs.getInt("rank_no"),
                rs.getString("description_vi"),
                rs.getString("description_en"),
                word(Arrival.class, rs.getString("arrival"), "billing_visit_object.arrival"),
                words(CareLevel.class, rs.getString("care_levels"), "billing_visit_object.care_levels"),
                words(FormerRoute.class, rs.getString("former_routes"), "billing_visit_object.former_routes"),
                words(FormerRoute.class, rs.getString("former_routes_excluded"),
                        "billing_visit_object.former_routes_excluded"),
                rs.getBigDecimal("points_min"),
                rs.getBigDecimal("points_max"),
                rs.getBoolean("provisional_ok"),
                condition(rs.getString("primary_unit"), "billing_visit_object.primary_unit"),
                condition(rs.getString("same_province"), "billing_visit_object.same_province"),
                condition(rs.getString("appendix_i"), "billing_visit_object.appendix_i"),
                condition(rs.getString("appendix_ii"), "billing_visit_object.appendix_ii"),
                condition(rs.getString("k_area"), "billing_visit_object.k_area"),
                rs.getBigDecimal("factor_inpatient"),
                rs.getBigDecimal("factor_outpatient"),
                rs.getBoolean("full_benefit"),
                rs.getBoolean("exemptions_apply"),
                validity(rs),
                rs.getString("source")));
    }

    private static List<FullBenefitLevelRule> fullBenefitLevels(Connection c) throws SQLException {
        return query(c, "SELECT care_level, former_route, valid_from, valid_to, source FROM billing_full_benefit_level"
                        + " ORDER BY valid_from",
                rs -> new FullBenefitLevelRule(
                        nullableWord(CareLevel.class, rs.getString("care_level"), "billing_full_benefit_level.care_level"),
                        nullableWord(FormerRoute.class, rs.getString("former_route"),
                                "billing_full_benefit_level.former_route"),
                        validity(rs), rs.getString("source")));
    }

    private static List<ThresholdRule> thresholds(Connection c) throws SQLException {
        return query(c, "SELECT threshold_kind, lcs_multiple, valid_from, valid_to, source FROM billing_threshold"
                        + " ORDER BY threshold_kind, valid_from",
                rs -> new ThresholdRule(word(ThresholdKind.class, rs.getString("threshold_kind"),
                        "billing_threshold.threshold_kind"), rs.getBigDecimal("lcs_multiple"), validity(rs),
                        rs.getString("source")));
    }

    private static List<ServiceRateRule> serviceRates(Connection c) throws SQLException {
        return query(c, "SELECT rate_kind, ordinal_from, ordinal_to, rate_percent, valid_from, valid_to, source"
                        + " FROM billing_service_rate ORDER BY rate_kind, ordinal_from, valid_from",
                rs -> new ServiceRateRule(word(ServiceRateKind.class, rs.getString("rate_kind"),
                        "billing_service_rate.rate_kind"), rs.getInt("ordinal_from"),
                        rs.getObject("ordinal_to", Integer.class), rs.getBigDecimal("rate_percent"), validity(rs),
                        rs.getString("source")));
    }

    private static <E extends Enum<E>> E word(Class<E> type, String value, String column) {
        if (value == null) {
            throw new BillingException("billing.rules.badWord", column, "NULL");
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw BillingException.withCause(e, "billing.rules.badWord", column, value);
        }
    }

    private static <E extends Enum<E>> E nullableWord(Class<E> type, String value, String column) {
        return value == null ? null : word(type, value, column);
    }

    private static <E extends Enum<E>> Set<E> words(Class<E> type, String value, String column) {
        Set<E> set = EnumSet.noneOf(type);
        if (value == null || value.isBlank()) {
            return set;
        }
        for (String part : Arrays.asList(value.split(","))) {
            set.add(word(type, part, column));
        }
        return set;
    }

    private static Condition condition(String value, String column) {
        return value == null ? Condition.ANY : word(Condition.class, value, column);
    }
}
