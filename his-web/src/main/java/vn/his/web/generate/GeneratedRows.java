package vn.his.web.generate;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of one table waiting to be written in a JDBC batch (one {@code executeBatch} per flush; with MySQL
 * Connector/J's {@code rewriteBatchedStatements=true} a multi-row INSERT). The SQL types are given with the columns,
 * so NULLs are bound without asking the driver for parameter metadata. Columns follow
 * {@code db/migration/core/V20261123_01__core_schema.sql}.
 */
final class GeneratedRows {

    static final GeneratedRows.Table FACILITY = new Table("facility", "id BIGINT", "name VARCHAR", "route_level VARCHAR",
            "care_level VARCHAR", "ranking_points INTEGER", "provisional_level BOOLEAN", "hospital_class VARCHAR",
            "parent_id BIGINT", "province_code VARCHAR", "commune_code VARCHAR", "address VARCHAR",
            "head_social_insurance_no VARCHAR", "demo_data BOOLEAN");
    static final Table FACILITY_CODE = new Table("facility_code", "id BIGINT", "facility_id BIGINT", "code VARCHAR",
            "valid_from DATE", "valid_to DATE");
    static final Table DEPARTMENT = new Table("department", "id BIGINT", "facility_id BIGINT", "code VARCHAR",
            "name VARCHAR", "inpatient BOOLEAN");
    static final Table PRACTITIONER = new Table("practitioner", "id BIGINT", "facility_id BIGINT", "full_name VARCHAR",
            "certificate_no VARCHAR", "title VARCHAR", "department_id BIGINT", "active BOOLEAN");
    static final Table CATALOG_ITEM = new Table("catalog_item", "id BIGINT", "facility_id BIGINT", "kind VARCHAR",
            "code VARCHAR", "name VARCHAR", "active_ingredient VARCHAR", "cost_group INTEGER", "unit VARCHAR",
            "strength VARCHAR", "route_code VARCHAR", "dosage_form VARCHAR", "registration_no VARCHAR",
            "tender_info VARCHAR", "hospital_price DECIMAL", "insurance_price DECIMAL", "insurance_ratio INTEGER",
            "scope INTEGER", "valid_from DATE", "valid_to DATE", "demo_data BOOLEAN");
    static final Table PATIENT = new Table("patient", "id BIGINT", "patient_code VARCHAR", "full_name VARCHAR",
            "name_key VARCHAR", "birth_year INTEGER", "birth_month INTEGER", "birth_day INTEGER", "gender INTEGER",
            "ethnicity_code VARCHAR", "nationality_code VARCHAR", "occupation_code VARCHAR", "address VARCHAR",
            "province_code VARCHAR", "district_code VARCHAR", "commune_code VARCHAR", "citizen_id VARCHAR",
            "phone VARCHAR", "created_at TIMESTAMP", "updated_at TIMESTAMP", "row_version BIGINT");
    static final Table CARD = new Table("insurance_card", "id BIGINT", "patient_id BIGINT", "card_number VARCHAR",
            "social_insurance_no VARCHAR", "group_code VARCHAR", "benefit_digit INTEGER", "issuing_province VARCHAR",
            "valid_from DATE", "valid_to DATE", "registered_facility VARCHAR", "living_area VARCHAR",
            "five_years_date DATE", "copay_exempt_from DATE", "created_at TIMESTAMP");
    static final Table ENCOUNTER = new Table("encounter", "id BIGINT", "ma_lk VARCHAR", "facility_id BIGINT",
            "facility_code VARCHAR", "patient_id BIGINT", "encounter_type VARCHAR", "status VARCHAR",
            "revision INTEGER", "arrival_time TIMESTAMP", "inpatient_order_time TIMESTAMP", "discharge_time TIMESTAMP",
            "visit_reason VARCHAR", "admission_reason VARCHAR", "emergency BOOLEAN", "referral_paper_no VARCHAR",
            "referred_from VARCHAR", "referred_to VARCHAR", "revisit_appointment BOOLEAN", "accident_code VARCHAR",
            "diagnosis_in VARCHAR", "diagnosis_out VARCHAR", "main_icd10 VARCHAR", "department_codes VARCHAR",
            "treatment_result INTEGER", "discharge_type INTEGER", "treatment_method VARCHAR", "doctor_advice VARCHAR", "weight_kg DECIMAL",
            "record_no VARCHAR", "created_at TIMESTAMP", "updated_at TIMESTAMP", "row_version BIGINT");
    static final Table ENCOUNTER_CARD = new Table("encounter_card", "id BIGINT", "encounter_id BIGINT", "seq INTEGER",
            "card_id BIGINT", "card_number VARCHAR", "registered_facility VARCHAR", "valid_from DATE", "valid_to DATE",
            "living_area VARCHAR", "five_years_date DATE", "copay_exempt_from DATE");
    static final Table ORDER_LINE = new Table("order_line", "id BIGINT", "encounter_id BIGINT", "line_no INTEGER",
            "kind VARCHAR", "item_code VARCHAR", "item_name VARCHAR", "service_code VARCHAR", "supply_code VARCHAR",
            "cost_group INTEGER", "unit VARCHAR", "quantity DECIMAL", "hospital_unit_price DECIMAL",
            "insurance_unit_price DECIMAL", "scope INTEGER", "insurance_ratio INTEGER", "service_ratio INTEGER",
            "supply_package VARCHAR", "order_time TIMESTAMP", "execution_time TIMESTAMP", "result_time TIMESTAMP",
            "department_code VARCHAR", "ordering_cchn VARCHAR", "performer_cchn VARCHAR", "icd10 VARCHAR",
            "icd9 VARCHAR", "bed_code VARCHAR", "payment_method INTEGER", "funding_source INTEGER",
            "strength VARCHAR", "route_code VARCHAR", "dosage_form VARCHAR", "dosage VARCHAR", "usage_note VARCHAR",
            "registration_no VARCHAR", "tender_info VARCHAR", "fuel_code VARCHAR", "anaesthesia INTEGER",
            "machine_code VARCHAR", "other_nsnn DECIMAL", "other_vtnn DECIMAL", "other_vttn DECIMAL",
            "other_cl DECIMAL", "created_at TIMESTAMP");
    static final Table CODE_SEQUENCE = new Table("code_sequence", "name VARCHAR", "next_value BIGINT");

    /** A table's INSERT statement and the SQL types of its columns. */
    record Table(String name, String sql, int[] types) {

        Table(String name, String... columns) {
            this(name, insert(name, columns), types(columns));
        }

        private static String insert(String name, String[] columns) {
            List<String> names = new ArrayList<>();
            for (String c : columns) {
                names.add(c.substring(0, c.indexOf(' ')));
            }
            return "INSERT INTO " + name + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")";
        }

        private static int[] types(String[] columns) {
            int[] types = new int[columns.length];
            for (int i = 0; i < columns.length; i++) {
                types[i] = switch (columns[i].substring(columns[i].indexOf(' ') + 1)) {
                    case "BIGINT" -> Types.BIGINT;
                    case "INTEGER" -> Types.INTEGER;
                    case "BOOLEAN" -> Types.BOOLEAN;
                    case "DECIMAL" -> Types.DECIMAL;
                    case "DATE" -> Types.DATE;
                    case "TIMESTAMP" -> Types.TIMESTAMP;
                    case "VARCHAR" -> Types.VARCHAR;
                    default -> throw new IllegalArgumentException(columns[i]);
                };
            }
            return types;
        }
    }

    private final Table table;
    private final List<Object[]> rows = new ArrayList<>();
    private long written;

    GeneratedRows(Table table) {
        this.table = table;
    }

    void add(Object... values) {
        if (values.length != table.types().length) {
            throw new IllegalArgumentException(table.name() + ": " + values.length + " values for "
                    + table.types().length + " columns");
        }
        rows.add(values);
    }

    int pending() {
        return rows.size();
    }

    long written() {
        return written;
    }

    /** Writes the pending rows in batches of {@code batchSize} in the caller's transaction. */
    void flush(JdbcTemplate jdbc, int batchSize) {
        for (int from = 0; from < rows.size(); from += batchSize) {
            jdbc.batchUpdate(table.sql(), rows.subList(from, Math.min(rows.size(), from + batchSize)), table.types());
        }
        written += rows.size();
        rows.clear();
    }
}
