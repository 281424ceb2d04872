package vn.his.web.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.export.report.MonthlyClaimReport;
import vn.his.export.report.ReportScope;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.Role;

/**
 * Reconciliation reports on the JSON API (errors as RFC 9457 problem+json by {@code ApiProblemHandler}):
 * {@code GET /api/v1/reports/monthly?facility=CODE&month=YYYY-MM} answers the monthly BHYT claim workbook
 * ({@link MonthlyClaimReport}) as an attachment {@code bao-cao-bhyt-<facility>-<yyyy-MM>.xlsx}. Billing clerks read
 * their own facility, insurance officers the facilities of their province, administrators every facility.
 */
@RestController
@RequestMapping("/api/v1/reports")
public class ReportsController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);

    private final MonthlyClaimReport report;
    private final FacilityRepository facilities;
    private final AccessPolicy access;

    public ReportsController(MonthlyClaimReport report, FacilityRepository facilities, AccessPolicy access) {
        this.report = report;
        this.facilities = facilities;
        this.access = access;
    }

    @GetMapping("/monthly")
    public ResponseEntity<StreamingResponseBody> monthly(@RequestParam(name = "facility", required = false) String code,
                                                         @RequestParam(name = "month", required = false) String month)
            throws IOException {
        access.requireAnyRole(Role.BILLING_CLERK, Role.INSURANCE_OFFICER, Role.ADMIN);
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException("report.api.facilityRequired", "facility");
        }
        YearMonth period = month(month);
        Facility facility = facilities.findByCode(code.trim())
                .orElseThrow(() -> new ResourceNotFoundException("report.api.facilityUnknown", code));
        access.requireRead(facility);

        ReportScope scope = ReportScope.facility(code.trim());
        // written to a temporary file first, so that a failure is answered as a problem, not as a truncated download
        Path file = Files.createTempFile("his-report-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            // the headings are those of the Vietnamese forms, whatever the request's language
            report.write(scope, period, Locale.forLanguageTag("vi"), out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        StreamingResponseBody body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(MonthlyClaimReport.fileName(scope, period)).build().toString())
                .contentLength(Files.size(file))
                .contentType(XLSX)
                .body(body);
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("report.api.monthRequired", "month");
        }
        try {
            return YearMonth.parse(text.trim(), MONTH);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("report.api.badMonth", "month", text);
        }
    }
}
