package vn.his.web.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import vn.his.export.report.ClaimListReport;
import vn.his.export.report.ItemUsageReport;
import vn.his.export.report.MonthlyClaimReport;
import vn.his.export.report.ProvinceReconciliationReport;
import vn.his.export.report.ReportScope;
import vn.his.export.report.SubmissionLedgerReport;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.AccessRefusedException;
import vn.his.web.security.FacilityScope;
import vn.his.web.security.Role;

/**
 * Reconciliation reports on the JSON API (errors as RFC 9457 problem+json by {@code ApiProblemHandler}):
 * {@code GET /api/v1/reports/monthly?facility=CODE&month=YYYY-MM} answers the monthly BHYT claim workbook
 * ({@link MonthlyClaimReport}) as an attachment {@code bao-cao-bhyt-<facility>-<yyyy-MM>.xlsx}. Billing clerks read
 * their own facility, insurance officers the facilities of their province, administrators every facility.
 * <ul>
 *   <li>{@code GET /api/v1/reports/province?province=NN&month=YYYY-MM} — claimed vs accepted vs refused per facility
 *   of the province with the refusal reasons ranked by amount ({@link ProvinceReconciliationReport},
 *   {@code doi-soat-bhyt-tinh-<NN>-<yyyy-MM>.xlsx}): insurance officers of that province and administrators;
 *   {@code from=YYYY-MM&to=YYYY-MM} instead of {@code month} for up to {@value #MAX_PROVINCE_MONTHS} months
 *   ({@code doi-soat-bhyt-tinh-<NN>-<from>-<to>.xlsx}).</li>
 *   <li>{@code GET /api/v1/reports/ledger?facility=CODE&from=YYYY-MM-DD&to=YYYY-MM-DD} — the submission ledger
 *   ({@link SubmissionLedgerReport}, {@code so-gui-ho-so-<facility>-<from>-<to>.xlsx}), same scope as the monthly
 *   report; at most {@value #MAX_LEDGER_DAYS} days.</li>
 *   <li>{@code GET /api/v1/reports/items?facility=CODE&from=YYYY-MM-DD&to=YYYY-MM-DD} — the item forms 19/20/21 BHYT
 *   ({@link ItemUsageReport}, {@code thong-ke-19-20-21-bhyt-<facility>-<from>-<to>.xlsx}), same scope and period
 *   rule as the ledger.</li>
 *   <li>{@code GET /api/v1/reports/detail?facility=CODE&from=YYYY-MM-DD&to=YYYY-MM-DD} — the per-patient list of any
 *   period ({@link ClaimListReport}, {@code danh-sach-nguoi-benh-<facility>-<from>-<to>.xlsx}), same rules.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/reports")
public class ReportsController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);

    static final int MAX_LEDGER_DAYS = 366;
    static final int MAX_PROVINCE_MONTHS = 12;

    private final MonthlyClaimReport report;
    private final ProvinceReconciliationReport provinceReport;
    private final SubmissionLedgerReport ledgerReport;
    private final ItemUsageReport itemReport;
    private final ClaimListReport listReport;
    private final FacilityRepository facilities;
    private final AccessPolicy access;

    public ReportsController(MonthlyClaimReport report, ProvinceReconciliationReport provinceReport,
                             SubmissionLedgerReport ledgerReport, ItemUsageReport itemReport,
                             ClaimListReport listReport, FacilityRepository facilities, AccessPolicy access) {
        this.listReport = listReport;
        this.report = report;
        this.provinceReport = provinceReport;
        this.ledgerReport = ledgerReport;
        this.itemReport = itemReport;
        this.facilities = facilities;
        this.access = access;
    }

    @GetMapping("/province")
    public ResponseEntity<StreamingResponseBody> province(
            @RequestParam(name = "province", required = false) String province,
            @RequestParam(name = "month", required = false) String month,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) throws IOException {
        access.requireAnyRole(Role.INSURANCE_OFFICER, Role.ADMIN);
        if (province == null || !province.trim().matches("\\d{2}")) {
            throw new InvalidRequestException("report.api.provinceRequired", "province");
        }
        String code = province.trim();
        YearMonth first;
        YearMonth last;
        if (month != null && !month.isBlank() || (from == null || from.isBlank()) && (to == null || to.isBlank())) {
            first = month(month);
            last = first;
        } else {
            if (from == null || from.isBlank() || to == null || to.isBlank()) {
                throw new InvalidRequestException("report.api.monthsBoth", from == null || from.isBlank() ? "from"
                        : "to");
            }
            first = month(from, "from");
            last = month(to, "to");
            if (last.isBefore(first) || first.plusMonths(MAX_PROVINCE_MONTHS).isBefore(last.plusMonths(1))) {
                throw new InvalidRequestException("report.api.badMonths", "to", MAX_PROVINCE_MONTHS);
            }
        }
        if (facilities.findByProvinceCodeOrderByName(code).isEmpty()) {
            throw new ResourceNotFoundException("report.api.provinceUnknown", code);
        }
        FacilityScope scope = access.scope();
        if (!scope.all() && !code.equals(scope.provinceCode())) {
            throw new AccessRefusedException("report.api.otherProvince", code);
        }
        return attachment(ProvinceReconciliationReport.fileName(code, first, last),
                out -> provinceReport.write(code, first, last, Locale.forLanguageTag("vi"), out));
    }

    @GetMapping("/ledger")
    public ResponseEntity<StreamingResponseBody> ledger(@RequestParam(name = "facility", required = false) String code,
                                                        @RequestParam(name = "from", required = false) String from,
                                                        @RequestParam(name = "to", required = false) String to)
            throws IOException {
        FacilityRange r = facilityRange(code, from, to);
        return attachment(SubmissionLedgerReport.fileName(r.code(), r.from(), r.to()),
                out -> ledgerReport.write(r.code(), r.from(), r.to(), Locale.forLanguageTag("vi"), out));
    }

    @GetMapping("/items")
    public ResponseEntity<StreamingResponseBody> items(@RequestParam(name = "facility", required = false) String code,
                                                       @RequestParam(name = "from", required = false) String from,
                                                       @RequestParam(name = "to", required = false) String to)
            throws IOException {
        FacilityRange r = facilityRange(code, from, to);
        return attachment(ItemUsageReport.fileName(r.code(), r.from(), r.to()),
                out -> itemReport.write(r.code(), r.from(), r.to(), Locale.forLanguageTag("vi"), out));
    }

    @GetMapping("/detail")
    public ResponseEntity<StreamingResponseBody> detail(@RequestParam(name = "facility", required = false) String code,
                                                        @RequestParam(name = "from", required = false) String from,
                                                        @RequestParam(name = "to", required = false) String to)
            throws IOException {
        FacilityRange r = facilityRange(code, from, to);
        ReportScope scope = ReportScope.facility(r.code());
        return attachment(ClaimListReport.fileName(scope, r.from(), r.to()),
                out -> listReport.write(scope, r.from(), r.to(), Locale.forLanguageTag("vi"), out));
    }

    /** A facility report's facility (in the caller's scope) and days, validated. */
    private record FacilityRange(String code, LocalDate from, LocalDate to) {
    }

    /**
     * Role, facility code (400 missing, 404 unknown, 403 outside the scope) and days {@code YYYY-MM-DD} (400 missing,
     * malformed, reversed or longer than {@value #MAX_LEDGER_DAYS} days).
     */
    private FacilityRange facilityRange(String code, String from, String to) {
        access.requireAnyRole(Role.BILLING_CLERK, Role.INSURANCE_OFFICER, Role.ADMIN);
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException("report.api.facilityRequired", "facility");
        }
        LocalDate start = day(from, "from");
        LocalDate end = day(to, "to");
        if (end.isBefore(start) || start.plusDays(MAX_LEDGER_DAYS).isBefore(end.plusDays(1))) {
            throw new InvalidRequestException("report.api.badPeriod", "to", MAX_LEDGER_DAYS);
        }
        Facility facility = facilities.findByCode(code.trim())
                .orElseThrow(() -> new ResourceNotFoundException("report.api.facilityUnknown", code));
        access.requireRead(facility);
        return new FacilityRange(code.trim(), start, end);
    }

    /** A workbook writer, given the stream to write to. */
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes the workbook to a temporary file first, so a failure is answered as a problem and not as a truncated
     * download, then streams it as an attachment and deletes it.
     */
    private static ResponseEntity<StreamingResponseBody> attachment(String fileName, Writer writer)
            throws IOException {
        Path file = Files.createTempFile("his-report-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(out);
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
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .contentLength(Files.size(file))
                .contentType(XLSX)
                .body(body);
    }

    private static LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("report.api.dayRequired", field);
        }
        try {
            return LocalDate.parse(text.trim(), DAY);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("report.api.badDay", field, text);
        }
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
        return month(text, "month");
    }

    private static YearMonth month(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("report.api.monthRequired", field);
        }
        try {
            return YearMonth.parse(text.trim(), MONTH);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("report.api.badMonth", field, text);
        }
    }
}
