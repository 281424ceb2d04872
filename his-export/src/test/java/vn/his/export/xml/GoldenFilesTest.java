package vn.his.export.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.his.export.envelope.DossierEnvelopeWriter;
import vn.his.export.spec.SchemaCatalog;
import vn.his.export.testing.Golden;
import vn.his.export.testing.Scenarios;

/** The writers' output for the representative scenarios equals the reviewed golden files, byte for byte. */
class GoldenFilesTest {

    static final LocalDate NGAYLAP = LocalDate.of(2026, 10, 12);

    private final Xml130Writer writer = new Xml130Writer(SchemaCatalog.loadFromClasspath(), TableRelevance.qd4750());

    static List<String> scenarios() {
        return Scenarios.names();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void tablesEnvelopeAndCheckInMatchTheGoldenFiles(String name) {
        ClaimSnapshot snapshot = Scenarios.byName(name);
        for (TableDocument table : writer.write(snapshot)) {
            Golden.assertMatches(name + "/" + table.loaiHoSo() + ".xml", table.content());
        }
        byte[] envelope = new DossierEnvelopeWriter(writer).write(snapshot, NGAYLAP);
        Golden.assertMatches(name + "/GIAMDINHHS.xml", envelope);
        if (snapshot.checkIn() != null) {
            Golden.assertMatches(name + "/XML0.xml", new CheckInDocumentWriter(writer).write(snapshot));
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void sameSnapshotGivesTheSameBytes(String name) {
        DossierEnvelopeWriter envelope = new DossierEnvelopeWriter(writer);
        assertThat(envelope.write(Scenarios.byName(name), NGAYLAP))
                .isEqualTo(envelope.write(Scenarios.byName(name), NGAYLAP));
    }
}
