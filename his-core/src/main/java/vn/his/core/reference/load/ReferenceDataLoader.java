package vn.his.core.reference.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.common.ClinicalTime;
import vn.his.core.reference.AdminUnitRow;
import vn.his.core.reference.Icd10Row;
import vn.his.core.reference.Icd9Row;
import vn.his.core.reference.ProvinceRow;
import vn.his.core.reference.ReferenceFile;

/**
 * Loads the reference CSV files of {@code db/reference/} into the catalogue tables with batched inserts. Each file is
 * recorded in {@code reference_dataset} with its SHA-256: an unchanged file is not loaded again, a changed one
 * replaces its catalogue in the same transaction (nothing half-loaded stays).
 *
 * <p>Validity: ICD-10 of QĐ 4469/QĐ-BYT from 28/10/2020 with no end (the TT 06/2026/TT-BYT list is not public yet;
 * loading it is a new file with its own validity); ICD-9-CM of QĐ 4440/QĐ-BYT from 2020; administrative units of the
 * 11/06/2024 list valid until 30/06/2025; the 34 provinces of QĐ 19/2025/QĐ-TTg from 01/07/2025.
 */
@Component
public class ReferenceDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataLoader.class);
    private static final int BATCH = 1000;

    static final String ICD10_CATALOGUE = "QD4469-2020";
    static final String ICD9_CATALOGUE = "QD4440-2020";
    static final String UNITS_2024 = "QD124-2024-06-11";
    static final String PROVINCES_2025 = "QD19-2025";

    private final JdbcTemplate jdbc;
    private final ClinicalTime time;

    public ReferenceDataLoader(JdbcTemplate jdbc, ClinicalTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** Loads every file that is new or changed; returns the names loaded. */
    @Transactional
    public List<String> loadAll() {
        List<String> loaded = new ArrayList<>();
        if (loadIfChanged(ReferenceFile.ICD10_QD4469, this::loadIcd10)) {
            loaded.add(ReferenceFile.ICD10_QD4469.fileName());
        }
        if (loadIfChanged(ReferenceFile.ICD9CM_QD4440, this::loadIcd9)) {
            loaded.add(ReferenceFile.ICD9CM_QD4440.fileName());
        }
        if (loadIfChanged(ReferenceFile.ADMIN_UNITS_2024, this::loadUnits2024)) {
            loaded.add(ReferenceFile.ADMIN_UNITS_2024.fileName());
        }
        if (loadIfChanged(ReferenceFile.PROVINCES_2025, this::loadProvinces2025)) {
            loaded.add(ReferenceFile.PROVINCES_2025.fileName());
        }
        return loaded;
    }

    private interface Load {
        int run();
    }

    private boolean loadIfChanged(ReferenceFile<?> file, Load load) {
        String sha = sha256(file);
        List<String> known = jdbc.queryForList("SELECT sha256 FROM reference_dataset WHERE name = ?", String.class,
                file.fileName());
        if (!known.isEmpty() && known.get(0).equals(sha)) {
            return false;
        }
        long started = System.nanoTime();
        int rows = load.run();
        if (known.isEmpty()) {
            jdbc.update("INSERT INTO reference_dataset (name, sha256, row_count, loaded_at) VALUES (?, ?, ?, ?)",
                    file.fileName(), sha, rows, time.now());
        } else {
            jdbc.update("UPDATE reference_dataset SET sha256 = ?, row_count = ?, loaded_at = ? WHERE name = ?",
                    sha, rows, time.now(), file.fileName());
        }
        LOG.info("Loaded {} rows of {} in {} ms", rows, file.fileName(), (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private int loadIcd10() {
        jdbc.update("DELETE FROM icd10_code WHERE catalogue = ?", ICD10_CATALOGUE);
        Date from = Date.valueOf(LocalDate.of(2020, 10, 28));
        try (Stream<Icd10Row> rows = ReferenceFile.ICD10_QD4469.readFromClasspath()) {
            return insertInBatches(rows.map(r -> new Object[] {ICD10_CATALOGUE, r.code(), r.nameVi(),
                    blankToNull(r.nameEn()), blankToNull(r.chapterCode()), blankToNull(r.groupCode()), from}),
                    "INSERT INTO icd10_code (catalogue, code, name_vi, name_en, chapter_code, group_code, valid_from) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)");
        }
    }

    private int loadIcd9() {
        jdbc.update("DELETE FROM icd9_procedure WHERE catalogue = ?", ICD9_CATALOGUE);
        Date from = Date.valueOf(LocalDate.of(2020, 10, 23));
        try (Stream<Icd9Row> rows = ReferenceFile.ICD9CM_QD4440.readFromClasspath()) {
            return insertInBatches(rows.map(r -> new Object[] {ICD9_CATALOGUE, r.code(), r.nameVi(),
                    blankToNull(r.nameEn()), from}),
                    "INSERT INTO icd9_procedure (catalogue, code, name_vi, name_en, valid_from) VALUES (?, ?, ?, ?, ?)");
        }
    }

    private int loadUnits2024() {
        long listId = replaceList(UNITS_2024, "Danh mục đơn vị hành chính 11/06/2024 (QĐ 124/2004/QĐ-TTg)",
                LocalDate.of(2024, 6, 11), LocalDate.of(2025, 6, 30));
        Map<String, Object[]> units = new LinkedHashMap<>();
        try (Stream<AdminUnitRow> rows = ReferenceFile.ADMIN_UNITS_2024.readFromClasspath()) {
            rows.forEach(r -> {
                units.putIfAbsent("P" + r.provinceCode(),
                        new Object[] {listId, "PROVINCE", r.provinceCode(), r.provinceName(), null, r.provinceCode()});
                units.putIfAbsent("D" + r.districtCode(),
                        new Object[] {listId, "DISTRICT", r.districtCode(), r.districtName(), r.provinceCode(), r.provinceCode()});
                if (r.hasCommune()) {
                    units.putIfAbsent("C" + r.communeCode(), new Object[] {listId, "COMMUNE", r.communeCode(),
                            r.communeName(), r.districtCode(), r.provinceCode()});
                }
            });
        }
        return insertUnits(units.values().stream());
    }

    private int loadProvinces2025() {
        long listId = replaceList(PROVINCES_2025, "34 tỉnh, thành phố từ 01/07/2025 (QĐ 19/2025/QĐ-TTg)",
                LocalDate.of(2025, 7, 1), null);
        try (Stream<ProvinceRow> rows = ReferenceFile.PROVINCES_2025.readFromClasspath()) {
            return insertUnits(rows.map(r -> new Object[] {listId, "PROVINCE", r.provinceCode(), r.provinceName(),
                    null, r.provinceCode()}));
        }
    }

    private long replaceList(String code, String description, LocalDate from, LocalDate to) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM admin_unit_list WHERE list_code = ?", Long.class, code);
        if (!ids.isEmpty()) {
            jdbc.update("DELETE FROM admin_unit WHERE list_id = ?", ids.get(0));
            return ids.get(0);
        }
        jdbc.update("INSERT INTO admin_unit_list (list_code, description, valid_from, valid_to) VALUES (?, ?, ?, ?)",
                code, description, from, to);
        return jdbc.queryForObject("SELECT id FROM admin_unit_list WHERE list_code = ?", Long.class, code);
    }

    private int insertUnits(Stream<Object[]> rows) {
        return insertInBatches(rows, "INSERT INTO admin_unit (list_id, unit_level, unit_code, name, parent_code, "
                + "province_code) VALUES (?, ?, ?, ?, ?, ?)");
    }

    private int insertInBatches(Stream<Object[]> rows, String sql) {
        List<Object[]> batch = new ArrayList<>(BATCH);
        int[] count = {0};
        rows.forEach(r -> {
            batch.add(r);
            if (batch.size() == BATCH) {
                jdbc.batchUpdate(sql, batch);
                count[0] += batch.size();
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
            count[0] += batch.size();
        }
        return count[0];
    }

    private static String sha256(ReferenceFile<?> file) {
        try (InputStream in = ReferenceDataLoader.class.getClassLoader().getResourceAsStream(file.resource())) {
            if (in == null) {
                throw new IllegalStateException(file.resource() + " is not on the classpath");
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream d = new DigestInputStream(in, digest)) {
                d.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
