package vn.his.export.claim.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.claimtests.ClaimTestApplication;
import vn.his.core.common.DomainException;
import vn.his.core.facility.Facility;
import vn.his.core.patient.Patient;
import vn.his.core.testsupport.DatabaseTest;
import vn.his.export.claim.ClaimStore;
import vn.his.export.claim.EncounterScenario;
import vn.his.export.claim.StoredClaim;
import vn.his.export.envelope.Dossier;
import vn.his.export.envelope.DossierReader;
import vn.his.export.envelope.TableReader;
import vn.his.export.signing.SignatureVerifier;

/**
 * The export of a period on the database: one signed GIAMDINHHS file and one signed XML0 file per settled encounter,
 * summary.csv with every encounter of the period, the held one left out (exit code 2); the files read back to the
 * stored claim, their signatures verify and a tampered file is rejected; a second export of the same versions with
 * the same key gives the same bytes.
 */
@DatabaseTest
@SpringBootTest(classes = ClaimTestApplication.class)
class ClaimExporterDbTest {

    static final LocalDateTime DAY1 = LocalDateTime.of(2026, 11, 20, 7, 30);

    @Autowired
    EncounterScenario scenario;

    @Autowired
    ClaimExporter exporter;

    @Autowired
    ClaimStore store;

    @Autowired
    JdbcTemplate jdbc;

    static final ExportSigner SIGNER = ExportSigner.generatedDemo();

    long settledVisit(Facility f, String name, LocalDateTime arrival) {
        Patient p = scenario.patient(name);
        long id = scenario.open(f, p, scenario.card(p, f, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                false, arrival);
        scenario.recordVisit(id, arrival, true);
        scenario.settle(id, 1, null, arrival.plusHours(3));
        return id;
    }

    String maLk(long id) {
        return jdbc.queryForObject("SELECT ma_lk FROM encounter WHERE id = ?", String.class, id);
    }

    @Test
    void exportsSignedFilesAndASummaryAndLeavesHeldClaimsOut(@TempDir Path out, @TempDir Path again) throws Exception {
        Facility f = scenario.facility();
        scenario.approveLabTest(f);
        Facility other = scenario.facility(); // lab test not approved: its claim is held
        long idA = settledVisit(f, "Nguyễn Thị Lan", DAY1);
        long idB = settledVisit(f, "Hồ Văn \"Tư\", con", DAY1.plusDays(1));
        String a = maLk(idA);
        String b = maLk(idB);
        String outside = maLk(settledVisit(f, "Lê Thị Ngoài Kỳ", DAY1.plusDays(5)));
        long heldId = settledVisit(other, "Trần Văn Giữ", DAY1);
        String held = maLk(heldId);

        ExportRequest request = new ExportRequest(List.of(scenario.code(f), scenario.code(other)),
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 22));
        ExportReport report = exporter.export(request, out, SIGNER);

        assertThat(report.dossiers()).isEqualTo(2);
        assertThat(report.checkIns()).isEqualTo(2);
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.exportedEncounterIds()).as("the encounters whose dossier was written")
                .containsExactlyInAnyOrder(idA, idB);
        assertThat(report.leftOut()).singleElement().satisfies(l -> {
            assertThat(l.maLk()).isEqualTo(held);
            assertThat(l.encounterId()).isEqualTo(heldId);
            assertThat(l.errors()).anyMatch(m -> m.contains("22.0120.1370"));
        });
        assertThat(out.resolve(a + ".xml")).exists();
        assertThat(out.resolve(a + "_XML0.xml")).exists();
        assertThat(out.resolve(b + ".xml")).exists();
        assertThat(out.resolve(held + ".xml")).doesNotExist();
        assertThat(out.resolve(outside + ".xml")).as("NGAY_RA after the period").doesNotExist();

        // every file reads back (independently of the writer) to the stored claim, and its signature verifies
        SignatureVerifier verifier = new SignatureVerifier();
        StoredClaim claimA = store.latest(a).orElseThrow();
        byte[] fileA = Files.readAllBytes(out.resolve(a + ".xml"));
        verifier.verify(fileA);
        Dossier dossier = new DossierReader().read(fileA);
        assertThat(dossier.signed()).isTrue();
        assertThat(dossier.facilityCode()).isEqualTo(claimA.facilityCode());
        List<byte[]> stored = store.tables(claimA.id()).stream()
                .filter(t -> !t.loaiHoSo().equals("XML0")).map(t -> t.content()).toList();
        assertThat(dossier.records().get(0)).extracting(Dossier.DossierFile::content)
                .containsExactlyElementsOf(stored);
        assertThat(dossier.rows("XML1").get(0)).containsEntry("MA_LK", a)
                .containsEntry("T_TONGCHI_BV", claimA.tTongchiBv().toPlainString())
                .containsEntry("NGAY_TTOAN", "202611201030");
        byte[] xml0 = Files.readAllBytes(out.resolve(a + "_XML0.xml"));
        verifier.verify(xml0);
        assertThat(TableReader.rows(xml0).get(0)).containsEntry("MA_LK", a).containsEntry("STT", "1");

        // a tampered file is rejected
        String text = new String(fileA, StandardCharsets.UTF_8);
        byte[] tampered = text.replace("<MACSKCB>" + claimA.facilityCode(), "<MACSKCB>99999")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(tampered).isNotEqualTo(fileA);
        assertThatThrownBy(() -> verifier.verify(tampered)).isInstanceOf(DomainException.class);

        // summary.csv: header, then every encounter of the period in MA_LK order, quotes where needed
        List<String> lines = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFMA_LK,HO_TEN,MA_BN,MA_CSKCB,PHIEN_BAN,NGAY_VAO,NGAY_RA,T_TONGCHI_BV");
        assertThat(lines).hasSize(4);
        assertThat(lines).anyMatch(l -> l.startsWith(a + ",Nguyễn Thị Lan,") && l.contains(",20/11/2026 07:30,")
                && l.contains(",DA_XUAT,0,"));
        assertThat(lines).anyMatch(l -> l.startsWith(b + ",\"Hồ Văn \"\"Tư\"\", con\","));
        assertThat(lines).anyMatch(l -> l.startsWith(held + ",") && l.contains(",GIU_LAI_CO_LOI,")
                && l.contains("22.0120.1370"));

        // re-export of the same versions with the same key: byte-identical files
        exporter.export(request, again, SIGNER);
        assertThat(Files.readAllBytes(again.resolve(a + ".xml"))).isEqualTo(fileA);
        assertThat(Files.readAllBytes(again.resolve(a + "_XML0.xml"))).isEqualTo(xml0);

        // one facility only, nothing held: exit code 0
        ExportReport clean = exporter.export(new ExportRequest(List.of(scenario.code(f)), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 30)), out.resolve("clean"), SIGNER);
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.dossiers()).isEqualTo(3);
    }

    @Test
    void refusesBadRequests() {
        assertThatThrownBy(() -> new ExportRequest(List.of("4001"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new ExportRequest(List.of(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 2)))
                .isInstanceOf(DomainException.class);
    }
}
