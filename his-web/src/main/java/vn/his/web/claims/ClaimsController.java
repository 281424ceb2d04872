package vn.his.web.claims;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.his.core.common.DomainException;
import vn.his.core.facility.FacilityRepository;
import vn.his.export.claim.ClaimService;
import vn.his.export.claim.ClaimStatus;
import vn.his.export.claim.StoredClaim;
import vn.his.export.claim.files.ClaimExporter;
import vn.his.export.claim.files.ExportReport;
import vn.his.export.claim.files.ExportRequest;
import vn.his.export.claim.files.ExportSigner;

/**
 * The claims on the JSON API (errors as RFC 9457 problem details, see {@link ClaimsProblems}):
 * <ul>
 *   <li>{@code POST /api/v1/exports} {@code {"facilities":[...], "from":"YYYY-MM-DD", "to":"YYYY-MM-DD"}} — the same
 *       export as the {@code export} command, answered as a ZIP ({@code <MA_LK>.xml}, {@code <MA_LK>_XML0.xml},
 *       {@code summary.csv}); headers {@code X-His-Exported}, {@code X-His-Left-Out} and {@code X-His-Demo-Signature}
 *       give the counts and whether a demo certificate signed.</li>
 *   <li>{@code GET /api/v1/claims/worklist?facility=&status=} — claim versions in a status (default
 *       HELD_WITH_ERRORS) with their findings.</li>
 *   <li>{@code GET /api/v1/claims/{maLk}/versions} — every version of an encounter's claim, oldest first.</li>
 *   <li>{@code POST /api/v1/claims/{maLk}/reassess} {@code {"note":"..."}} — assess a held claim again after a fix.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1")
public class ClaimsController {

    static final int WORKLIST_LIMIT = 500;

    private final ClaimService claims;
    private final ClaimExporter exporter;
    private final FacilityRepository facilities;
    private final Environment environment;

    public ClaimsController(ClaimService claims, ClaimExporter exporter, FacilityRepository facilities,
                            Environment environment) {
        this.claims = claims;
        this.exporter = exporter;
        this.facilities = facilities;
        this.environment = environment;
    }

    public record ExportBody(List<String> facilities, LocalDate from, LocalDate to) {
    }

    public record ReassessBody(String note) {
    }

    @PostMapping(value = "/exports", produces = "application/zip")
    public ResponseEntity<StreamingResponseBody> export(@RequestBody ExportBody body) throws IOException {
        if (body == null || body.from() == null || body.to() == null) {
            throw new DomainException("claim.api.periodRequired");
        }
        ExportRequest request = new ExportRequest(body.facilities(), body.from(), body.to());
        for (String code : request.facilities()) {
            if (facilities.findByCode(code).isEmpty()) {
                throw new DomainException("claim.api.facilityUnknown", code);
            }
        }
        ExportSigner signer = ExportSigner.configured(environment.getProperty("his.signing.keystore"),
                environment.getProperty("his.signing.password"), environment.getProperty("his.signing.alias"));
        Path directory = Files.createTempDirectory("his-export-");
        ExportReport report;
        try {
            report = exporter.export(request, directory, signer);
        } catch (RuntimeException e) {
            delete(directory);
            throw e;
        }
        StreamingResponseBody zip = out -> {
            try {
                zip(directory, out);
            } finally {
                delete(directory);
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"claims-" + request.from() + "-"
                        + request.to() + ".zip\"")
                .header("X-His-Exported", String.valueOf(report.dossiers()))
                .header("X-His-Left-Out", String.valueOf(report.leftOut().size()))
                .header("X-His-Demo-Signature", String.valueOf(signer.demo()))
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(zip);
    }

    @GetMapping("/claims/worklist")
    public List<ClaimView> worklist(@RequestParam(name = "facility", required = false) List<String> facility,
                                    @RequestParam(name = "status", defaultValue = "HELD_WITH_ERRORS") ClaimStatus status,
                                    Locale locale) {
        return claims.worklist(facility == null ? List.of() : facility, status, WORKLIST_LIMIT).stream()
                .map(c -> view(c, locale)).toList();
    }

    @GetMapping("/claims/{maLk}/versions")
    public List<ClaimView> versions(@PathVariable String maLk, Locale locale) {
        List<StoredClaim> versions = claims.versions(maLk);
        if (versions.isEmpty()) {
            throw new ClaimsProblems.NotFound(new DomainException("claim.notFound", maLk));
        }
        return versions.stream().map(c -> view(c, locale)).toList();
    }

    @PostMapping("/claims/{maLk}/reassess")
    public ResponseEntity<ClaimView> reassess(@PathVariable String maLk, @RequestBody(required = false) ReassessBody body,
                                              Locale locale) {
        if (claims.versions(maLk).isEmpty()) {
            throw new ClaimsProblems.NotFound(new DomainException("claim.notFound", maLk));
        }
        ClaimService.Outcome outcome = claims.reassess(maLk, body == null ? null : body.note());
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view(outcome.claim(), locale));
    }

    private ClaimView view(StoredClaim c, Locale locale) {
        return ClaimView.of(c, claims.findings(c.id()), locale);
    }

    private static void zip(Path directory, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary export " + directory, e);
        }
    }
}
