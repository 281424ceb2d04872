package vn.his.export.assessment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import vn.his.export.spec.SchemaCatalog;
import vn.his.export.spec.TableSpec;
import vn.his.export.xml.ClaimSnapshot;

/** What the rules see: the snapshot, its rows by table, the field specifications of its schema version. */
public final class AssessmentContext {

    private final ClaimSnapshot snapshot;
    private final SchemaCatalog catalog;
    private final List<TableRow> rows;

    AssessmentContext(ClaimSnapshot snapshot, SchemaCatalog catalog) {
        this.snapshot = snapshot;
        this.catalog = catalog;
        this.rows = TableRow.all(snapshot);
    }

    public ClaimSnapshot snapshot() {
        return snapshot;
    }

    TableSpec spec(String table) {
        return catalog.table(table, snapshot.schemaVersion());
    }

    List<TableRow> rows() {
        return rows;
    }

    List<TableRow> rows(String table) {
        return rows.stream().filter(r -> r.table().equals(table)).toList();
    }

    TableRow summary() {
        return rows("XML1").get(0);
    }

    Optional<LocalDateTime> admission() {
        return ClaimDates.dateTime(snapshot.summary().ngayVao());
    }

    Optional<LocalDateTime> discharge() {
        return ClaimDates.dateTime(snapshot.summary().ngayRa());
    }

    /** The day the encounter ends (NGAY_RA), used for code lists that change on a date (ICD-10 from TT 06/2026). */
    Optional<LocalDate> endDate() {
        return discharge().map(LocalDateTime::toLocalDate);
    }
}
