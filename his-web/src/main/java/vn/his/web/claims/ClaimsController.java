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
import vn.his.export.claim.ClaimService;
import vn.his.export.claim.ClaimStatus;
import vn.his.export.claim.StoredClaim;
import vn.his.export.claim.files.ClaimExporter;
import vn.his.export.claim.files.ExportReport;
import vn.his.export.claim.files.ExportRequest;
import vn.his.export.claim.files.ExportSigner;
import vn.his.web.api.ApiProblemHandler;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.PageView;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Action;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;

/**
 * The claims on the JSON API (errors as RFC 9457 problem details, see {@link ApiProblemHandler}: a malformed or refused
 * request 400, an unknown claim 404, another facility's claim or a role without the right 403). Facility scope and
 * roles as in {@link ClaimAccess}: a user sees and exports only the claims of the facilities they may read, and an
 * omitted facility filter means those facilities.
 * <ul>
 *   <li>{@code POST /api/v1/exports} {@code {"facilities":[...], "from":"YYYY-MM-DD", "to":"YYYY-MM-DD"}} — the same
 *       export as the {@code export} command, answered as a ZIP ({@code <MA_LK>.xml}, {@code <MA_LK>_XML0.xml},
 *       {@code summary.csv}); headers {@code X-His-Exported}, {@code X-His-Left-Out} and {@code X-His-Demo-Signature}
 *       give the counts and whether a demo certificate signed. Every encounter the ZIP holds is recorded as a VIEW
 *       (channel API) in the audit trail, in one batch, once the export has succeeded.</li>
 *   <li>{@code GET /api/v1/claims/worklist?facility=&status=&page=&size=} — claim versions in a status (default
 *       HELD_WITH_ERRORS) with their findings, oldest first, as a {@link PageView} page.</li>
 *   <li>{@code GET /api/v1/claims/{maLk}/versions} — every version of an encounter's claim, oldest first.</li>
 *   <li>{@code POST /api/v1/claims/{maLk}/reassess} {@code {"note":"..."}} — assess a held claim again after a fix.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1")
public class ClaimsController {

    private final ClaimService claims;
    private final ClaimExporter exporter;
    private final ClaimAccess access;
    private final Environment environment;
    private final AuditTrail audit;

    public ClaimsController(ClaimService claims, ClaimExporter exporter, ClaimAccess access, Environment environment,
                            AuditTrail audit) {
        this.claims = claims;
        this.exporter = exporter;
        this.access = access;
        this.environment = environment;
        this.audit = audit;
    }

    public record ExportBody(List<String> facilities, LocalDate from, LocalDate to) {
    }

    public record ReassessBody(String note) {
    }

    @PostMapping(value = "/exports", produces = "application/zip")
    public ResponseEntity<StreamingResponseBody> export(@RequestBody ExportBody body) throws IOException {
        access.requireClaimRole();
        if (body == null || body.from() == null || body.to() == null) {
            throw new InvalidRequestException("claim.api.periodRequired", body == null || body.from() == null
                    ? "from" : "to");
        }
        ExportRequest request = exportRequest(body);
        request = new ExportRequest(access.readableCodes(request.facilities(), "facilities"), request.from(),
                request.to());
        ExportSigner signer = ExportSigner.configured(environment.getProperty("his.signing.keystore"),
                environment.getProperty("his.signing.password"), environment.getProperty("his.signing.alias"));
        Path directory = Files.createTempDirectory("his-export-");
        ExportReport report;
        try {
            report = exporter.export(request, directory, signer);
            audit.viewAll(Resource.ENCOUNTER, namedEncounters(report), Channel.API);
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

    /**
     * Every encounter whose records the ZIP holds: those exported as a dossier and those held, which summary.csv still
     * lists with the patient's name, MA_BN and amounts. Recorded as read once the export has succeeded (a failed
     * export, a refusal or an audit failure answers an error and leaves no file to download).
     */
    private static List<Long> namedEncounters(ExportReport report) {
        return Stream.concat(report.exportedEncounterIds().stream(),
                report.leftOut().stream().map(ExportReport.LeftOut::encounterId)).toList();
    }

    @GetMapping("/claims/worklist")
    public PageView<ClaimView> worklist(@RequestParam(name = "facility", required = false) List<String> facility,
                                        @RequestParam(name = "status", defaultValue = "HELD_WITH_ERRORS") ClaimStatus status,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size, Locale locale) {
        PageView.check(page, size);
        ClaimService.ClaimPage found = claims.worklistPage(access.readableCodes(facility, "facility"), status, page,
                size);
        audit.viewAll(Resource.ENCOUNTER, found.items().stream().map(StoredClaim::encounterId).distinct().toList(),
                Channel.API);
        return new PageView<>(found.items().stream().map(c -> view(c, locale)).toList(), page, size, found.total());
    }

    @GetMapping("/claims/{maLk}/versions")
    public List<ClaimView> versions(@PathVariable String maLk, Locale locale) {
        List<StoredClaim> versions = readableVersions(maLk);
        audit.view(Resource.ENCOUNTER, versions.get(versions.size() - 1).encounterId(), Channel.API);
        return versions.stream().map(c -> view(c, locale)).toList();
    }

    @PostMapping("/claims/{maLk}/reassess")
    public ResponseEntity<ClaimView> reassess(@PathVariable String maLk, @RequestBody(required = false) ReassessBody body,
                                              Locale locale) {
        List<StoredClaim> versions = readableVersions(maLk);
        access.requireReassess(versions.get(versions.size() - 1));
        ClaimService.Outcome outcome;
        try {
            outcome = audit.change(Action.UPDATE, Resource.ENCOUNTER, Channel.API,
                    () -> claims.reassess(maLk, body == null ? null : body.note()), o -> o.claim().encounterId());
        } catch (DomainException e) {
            if (e.messageKey().endsWith(".notFound")) {
                throw new ResourceNotFoundException(e.messageKey(), e.arguments());
            }
            // not held (nothing to re-assess) or its settled version missing: the request cannot be served as sent
            throw InvalidRequestException.of(e, "maLk");
        }
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view(outcome.claim(), locale));
    }

    /** Every version of the claim, oldest first, after the facility check; 404 for an unknown MA_LK. */
    private List<StoredClaim> readableVersions(String maLk) {
        List<StoredClaim> versions = claims.versions(maLk);
        if (versions.isEmpty()) {
            throw new ResourceNotFoundException("claim.notFound", maLk);
        }
        access.requireRead(versions.get(versions.size() - 1));
        return versions;
    }

    /** The export request, its own checks (facility code format, period order) answered as 400 on their field. */
    private static ExportRequest exportRequest(ExportBody body) {
        try {
            return new ExportRequest(body.facilities(), body.from(), body.to());
        } catch (DomainException e) {
            throw InvalidRequestException.of(e, e.messageKey().endsWith("periodReversed") ? "to" : "facilities");
        }
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
