package vn.his.export.claim.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.EncounterStatus;
import vn.his.export.assessment.Severity;
import vn.his.export.claim.ClaimDocuments;
import vn.his.export.claim.ClaimStatus;
import vn.his.export.claim.ClaimStore;
import vn.his.export.claim.StoredClaim;
import vn.his.export.claim.StoredFinding;
import vn.his.export.xml.TableDocument;

/**
 * Export for people: for the facilities and period of an {@link ExportRequest}, the latest frozen claim version of
 * every settled encounter is written as a signed GIAMDINHHS file {@code <MA_LK>.xml} (rebuilt from the stored table
 * bytes, so the same version always gives the same file), its check-in document as {@code <MA_LK>_XML0.xml}, and a
 * line in {@code summary.csv}. Encounters whose latest version has assessment errors are left out (and reported);
 * encounters being corrected (no longer SETTLED) are skipped until their new version is frozen.
 *
 * <p>The period is read page by page (keyset on MA_LK), so a month of a province is never held in memory.
 */
@Service
public class ClaimExporter {

    static final int PAGE = 200;
    static final String SUMMARY = "summary.csv";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final List<String> HEADER = List.of("MA_LK", "HO_TEN", "MA_BN", "MA_CSKCB", "PHIEN_BAN",
            "NGAY_VAO", "NGAY_RA", "T_TONGCHI_BV", "T_BHTT", "T_BNCCT", "T_BNTT", "TRANG_THAI", "SO_LOI",
            "SO_CANH_BAO", "NHAN_XET");

    private final ClaimStore store;
    private final ClaimDocuments documents;
    private final EncounterService encounters;

    public ClaimExporter(ClaimStore store, ClaimDocuments documents, EncounterService encounters) {
        this.store = store;
        this.documents = documents;
        this.encounters = encounters;
    }

    public ExportReport export(ExportRequest request, Path directory, ExportSigner signer) {
        try {
            Files.createDirectories(directory);
            int dossiers = 0;
            int checkIns = 0;
            List<ExportReport.LeftOut> leftOut = new ArrayList<>();
            try (BufferedWriter summary = Files.newBufferedWriter(directory.resolve(SUMMARY), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                summary.write('\uFEFF'); // BOM: spreadsheet programs then read the Vietnamese names as UTF-8
                summary.write(csv(HEADER));
                LocalDateTime from = request.from().atStartOfDay();
                LocalDateTime to = request.to().plusDays(1).atStartOfDay();
                String after = null;
                List<StoredClaim> page;
                do {
                    page = store.latestInPeriod(request.facilities(), from, to, after, PAGE);
                    for (StoredClaim claim : page) {
                        after = claim.maLk();
                        if (encounters.get(claim.encounterId()).status() != EncounterStatus.SETTLED) {
                            continue;
                        }
                        List<StoredFinding> findings = store.findings(claim.id());
                        boolean held = claim.status() == ClaimStatus.HELD_WITH_ERRORS;
                        if (held) {
                            leftOut.add(new ExportReport.LeftOut(claim.maLk(), claim.facilityCode(), claim.claimNo(),
                                    findings.stream().filter(f -> f.severity() == Severity.ERROR)
                                            .map(StoredFinding::message).toList()));
                        } else {
                            List<TableDocument> tables = store.tables(claim.id());
                            byte[] dossier = documents.dossiers().write(claim.facilityCode(), claim.ngayLap(), tables);
                            Files.write(directory.resolve(claim.maLk() + ".xml"), signer.sign(dossier));
                            dossiers++;
                            for (TableDocument t : tables) {
                                if (t.loaiHoSo().equals(ClaimDocuments.CHECK_IN)) {
                                    Files.write(directory.resolve(claim.maLk() + "_XML0.xml"), signer.sign(t.content()));
                                    checkIns++;
                                }
                            }
                        }
                        summary.write(csv(row(claim, findings, held)));
                    }
                } while (page.size() == PAGE);
            }
            return new ExportReport(dossiers, checkIns, leftOut);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export to " + directory, e);
        }
    }

    private static List<String> row(StoredClaim c, List<StoredFinding> findings, boolean held) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        return List.of(c.maLk(), c.patientName(), c.patientCode(), c.facilityCode(), String.valueOf(c.claimNo()),
                SHOWN.format(c.arrivalTime()), SHOWN.format(c.dischargeTime()), c.tTongchiBv().toPlainString(),
                c.tBhtt().toPlainString(), c.tBncct().toPlainString(), c.tBntt().toPlainString(),
                held ? "GIU_LAI_CO_LOI" : "DA_XUAT", String.valueOf(errors),
                String.valueOf(findings.size() - errors),
                String.join(" | ", findings.stream().map(f -> f.severity() + ": " + f.message()).toList()));
    }

    /** One CSV record (RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled), CRLF. */
    static String csv(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (i > 0) {
                line.append(',');
            }
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                line.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                line.append(f);
            }
        }
        return line.append("\r\n").toString();
    }
}
