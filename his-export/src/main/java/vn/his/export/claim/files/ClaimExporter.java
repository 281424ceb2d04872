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
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;

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
 * <p>The period is read page by page (keyset on MA_LK, three queries a page), so a month of a province is never
 * held in memory; dossiers are built, signed and written on every core.
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

    public ClaimExporter(ClaimStore store, ClaimDocuments documents) {
        this.store = store;
        this.documents = documents;
    }

    public ExportReport export(ExportRequest request, Path directory, ExportSigner signer) {
        return export(request, directory, signer::sign);
    }

    /**
     * The same files without signatures (the envelopes as built, CHUKYDONVI left empty): the baseline of the export
     * benchmark, which measures the cost of building and writing apart from signing. Never for sending.
     */
    public ExportReport exportUnsigned(ExportRequest request, Path directory) {
        return export(request, directory, UnaryOperator.identity());
    }

    /**
     * Pages of {@link #PAGE} claims are read with three queries each (claims of settled encounters, their tables,
     * their findings); the dossiers of a page are built, signed and written by one worker per core while the next
     * page is read, and summary.csv is written in MA_LK order by the calling thread. At most two pages are in memory.
     */
    private ExportReport export(ExportRequest request, Path directory, UnaryOperator<byte[]> sign) {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "claim-export");
            t.setDaemon(true);
            return t;
        });
        try {
            Files.createDirectories(directory);
            int dossiers = 0;
            int checkIns = 0;
            List<ExportReport.LeftOut> leftOut = new ArrayList<>();
            List<Long> exported = new ArrayList<>();
            try (BufferedWriter summary = Files.newBufferedWriter(directory.resolve(SUMMARY), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                summary.write('\uFEFF'); // BOM: spreadsheet programs then read the Vietnamese names as UTF-8
                summary.write(csv(HEADER));
                LocalDateTime from = request.from().atStartOfDay();
                LocalDateTime to = request.to().plusDays(1).atStartOfDay();
                String after = null;
                List<StoredClaim> page;
                List<Future<int[]>> previous = List.of();
                do {
                    page = store.latestSettledInPeriod(request.facilities(), from, to, after, PAGE);
                    if (page.isEmpty()) {
                        break;
                    }
                    after = page.get(page.size() - 1).maLk();
                    List<Long> ids = page.stream().map(StoredClaim::id).toList();
                    Map<Long, List<StoredFinding>> findings = store.findings(ids);
                    List<Long> toWrite = page.stream().filter(c -> c.status() != ClaimStatus.HELD_WITH_ERRORS)
                            .map(StoredClaim::id).toList();
                    Map<Long, List<TableDocument>> tables = store.tables(toWrite);
                    List<Future<int[]>> current = new ArrayList<>();
                    for (StoredClaim claim : page) {
                        List<StoredFinding> found = findings.getOrDefault(claim.id(), List.of());
                        boolean held = claim.status() == ClaimStatus.HELD_WITH_ERRORS;
                        if (held) {
                            leftOut.add(new ExportReport.LeftOut(claim.encounterId(), claim.maLk(),
                                    claim.facilityCode(), claim.claimNo(), found.stream()
                                            .filter(f -> f.severity() == Severity.ERROR)
                                            .map(StoredFinding::message).toList()));
                        } else {
                            List<TableDocument> docs = tables.getOrDefault(claim.id(), List.of());
                            current.add(pool.submit(() -> write(claim, docs, directory, sign)));
                            exported.add(claim.encounterId());
                        }
                        summary.write(csv(row(claim, found, held)));
                    }
                    for (int[] done : await(previous)) {
                        dossiers += done[0];
                        checkIns += done[1];
                    }
                    previous = current;
                } while (page.size() == PAGE);
                for (int[] done : await(previous)) {
                    dossiers += done[0];
                    checkIns += done[1];
                }
            }
            return new ExportReport(dossiers, checkIns, leftOut, exported);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export to " + directory, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Builds, signs and writes the dossier of one claim and its check-in; returns {dossiers, check-ins} written. */
    private int[] write(StoredClaim claim, List<TableDocument> tables, Path directory, UnaryOperator<byte[]> sign)
            throws IOException {
        byte[] dossier = documents.dossiers().write(claim.facilityCode(), claim.ngayLap(), tables);
        Files.write(directory.resolve(claim.maLk() + ".xml"), sign.apply(dossier));
        int checkIns = 0;
        for (TableDocument t : tables) {
            if (t.loaiHoSo().equals(ClaimDocuments.CHECK_IN)) {
                Files.write(directory.resolve(claim.maLk() + "_XML0.xml"), sign.apply(t.content()));
                checkIns++;
            }
        }
        return new int[] {1, checkIns};
    }

    private static List<int[]> await(List<Future<int[]>> futures) throws IOException {
        List<int[]> results = new ArrayList<>(futures.size());
        for (Future<int[]> f : futures) {
            try {
                results.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Export interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return results;
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
