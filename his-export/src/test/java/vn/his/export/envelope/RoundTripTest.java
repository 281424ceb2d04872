package vn.his.export.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.his.core.common.DomainException;
import vn.his.export.spec.SchemaCatalog;
import vn.his.export.testing.Scenarios;
import vn.his.export.xml.CheckInDocumentWriter;
import vn.his.export.xml.CheckInStatus;
import vn.his.export.xml.ClaimSnapshot;
import vn.his.export.xml.RowFields;
import vn.his.export.xml.TableDefinition;
import vn.his.export.xml.TableRelevance;
import vn.his.export.xml.Xml130Tables;
import vn.his.export.xml.Xml130Writer;

/** Every generated file, parsed back independently of the writer, gives the snapshot's values. */
class RoundTripTest {

    private final Xml130Writer writer = new Xml130Writer(SchemaCatalog.loadFromClasspath(), TableRelevance.qd4750());
    private final DossierEnvelopeWriter envelope = new DossierEnvelopeWriter(writer);
    private final DossierReader reader = new DossierReader();

    static List<String> scenarios() {
        return Scenarios.names();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void dossierReadsBackToTheSnapshot(String name) {
        ClaimSnapshot snapshot = Scenarios.byName(name);
        Dossier dossier = reader.read(envelope.write(snapshot, LocalDate.of(2026, 10, 12)));
        assertThat(dossier.facilityCode()).isEqualTo(snapshot.facilityCode());
        assertThat(dossier.ngayLap()).isEqualTo("20261012");
        assertThat(dossier.declaredCount()).isEqualTo(1);
        assertThat(dossier.signed()).isFalse();
        List<String> expectedTables = new ArrayList<>();
        for (TableDefinition table : Xml130Tables.DOSSIER) {
            List<? extends Record> rows = table.rows().apply(snapshot);
            if (rows.isEmpty()) {
                assertThat(dossier.file(table.code())).as(table.code()).isEmpty();
                continue;
            }
            expectedTables.add(table.code());
            List<Record> read = new ArrayList<>();
            for (Map<String, String> row : dossier.rows(table.code())) {
                assertThat(row.keySet()).as("all elements, in order").containsExactlyElementsOf(
                        RowFields.elementNames(table.rowType()));
                read.add(RowFields.fromText(table.rowType(), row));
            }
            assertThat(read).as(table.code()).isEqualTo(rows);
        }
        assertThat(dossier.records().get(0)).extracting(Dossier.DossierFile::loaiHoSo)
                .containsExactlyElementsOf(expectedTables);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void checkInReadsBack(String name) {
        ClaimSnapshot snapshot = Scenarios.byName(name);
        if (snapshot.checkIn() == null) {
            return;
        }
        byte[] xml = new CheckInDocumentWriter(writer).write(snapshot);
        List<Map<String, String>> rows = TableReader.rows(xml);
        assertThat(rows).hasSize(1);
        assertThat(RowFields.fromText(CheckInStatus.class, rows.get(0))).isEqualTo(snapshot.checkIn());
        assertThat(new String(xml, StandardCharsets.UTF_8)).endsWith("</DSACH_TRANG_THAI_KCB><CHUKYDONVI></CHUKYDONVI></CHI_TIEU_TRANG_THAI_KCB>");
    }

    @Test
    void envelopeHasTheOfficialShape() {
        String xml = new String(envelope.write(Scenarios.communeVisit(), LocalDate.of(2026, 10, 12)), StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><GIAMDINHHS ")
                .contains("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .contains("xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"")
                .contains("<THONGTINDONVI><MACSKCB>01234</MACSKCB></THONGTINDONVI><THONGTINHOSO><NGAYLAP>20261012</NGAYLAP>"
                        + "<SOLUONGHOSO>1</SOLUONGHOSO><DANHSACHHOSO><HOSO><FILEHOSO><LOAIHOSO>XML1</LOAIHOSO><NOIDUNGFILE>")
                .endsWith("</DANHSACHHOSO></THONGTINHOSO><CHUKYDONVI></CHUKYDONVI></GIAMDINHHS>")
                .doesNotContain("\n");
    }

    @Test
    void readerRefusesBase64WithLineBreaks() {
        String xml = new String(envelope.write(Scenarios.communeVisit(), LocalDate.of(2026, 10, 12)), StandardCharsets.UTF_8);
        int start = xml.indexOf("<NOIDUNGFILE>") + "<NOIDUNGFILE>".length() + 20;
        String broken = xml.substring(0, start) + "\n" + xml.substring(start);
        assertThatThrownBy(() -> reader.read(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("export.read.badBase64"));
    }
}
