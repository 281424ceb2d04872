package vn.his.core.reference.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.core.catalog.Icd10Catalog;
import vn.his.core.testsupport.DatabaseTest;

/** The full ICD-10 list of QĐ 4469 and the other reference files load, once, and answer on the day of care. */
@DatabaseTest
class ReferenceDataLoaderDbTest {

    @Autowired
    ReferenceDataLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Icd10Catalog icd10;

    @Test
    void loadsTheFullCataloguesOnceAndAnswersByDate() {
        loader.loadAll(); // the startup runner may have loaded already; either way nothing is loaded twice
        assertThat(loader.loadAll()).isEmpty();
        int icdRows = jdbc.queryForObject("SELECT COUNT(*) FROM icd10_code WHERE catalogue = ?", Integer.class,
                ReferenceDataLoader.ICD10_CATALOGUE);
        assertThat(icdRows).isGreaterThan(12_000);
        assertThat(jdbc.queryForObject("SELECT row_count FROM reference_dataset WHERE name = 'icd10-qd4469-2020.csv'",
                Integer.class)).isEqualTo(icdRows);
        assertThat(jdbc.queryForObject("SELECT name_vi FROM icd10_code WHERE code = 'J02.9'", String.class))
                .isEqualTo("Viêm họng cấp, không đặc hiệu");
        assertThat(icd10.isValid("I10", LocalDate.of(2026, 11, 20))).isTrue();
        assertThat(icd10.isValid("I10", LocalDate.of(2019, 1, 1))).isFalse();
        assertThat(icd10.isValid("ZZ9.9", LocalDate.of(2026, 11, 20))).isFalse();
        assertThat(icd10.search("viêm họng", LocalDate.of(2026, 11, 20), 20)).isNotEmpty();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM icd9_procedure", Integer.class)).isGreaterThan(1_000);
        assertThat(jdbc.queryForObject("SELECT name FROM admin_unit WHERE unit_level = 'PROVINCE' AND unit_code = '40' "
                + "AND list_id = (SELECT id FROM admin_unit_list WHERE list_code = 'QD124-2024-06-11')", String.class))
                .contains("Nghệ An");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin_unit WHERE unit_level = 'COMMUNE' AND province_code = '40'",
                Integer.class)).isGreaterThan(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin_unit WHERE list_id = "
                + "(SELECT id FROM admin_unit_list WHERE list_code = 'QD19-2025')", Integer.class)).isEqualTo(34);
    }
}
