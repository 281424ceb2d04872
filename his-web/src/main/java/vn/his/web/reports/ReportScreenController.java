package vn.his.web.reports;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import vn.his.core.common.DomainException;
import vn.his.core.common.ClinicalTime;
import vn.his.export.report.CostGroup;
import vn.his.export.report.EncounterKind;
import vn.his.export.report.MonthlyClaimQuery;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.billing.StatementFormat;
import vn.his.web.security.AccessPolicy;

/**
 * The reports on screen (issue 6), server-rendered: the index (report, facility in the user's scope, period, links to
 * the screen and to the workbook), the monthly summary by encounter type and cost group, the per-patient list (paged,
 * with the totals of the whole period), the province reconciliation per facility and month with the refusal reasons,
 * and the submission ledger (paged). The workbooks are the same as {@code /api/v1/reports}, served here too so that a
 * signed-in browser can download them (the API takes no session). Scoping is in {@link ReportScreenService}; a
 * typing error in the period is a Vietnamese (or English) message on the page with status 400.
 */
@Controller
@RequestMapping("/reports")
public class ReportScreenController {

    static final int PAGE_SIZE = 50;
    static final List<String> REPORTS = List.of("monthly", "detail", "items", "province", "ledger");

    private final ReportScreenService reports;
    private final ReportsController workbooks;
    private final AccessPolicy access;
    private final ClinicalTime time;
    private final MessageSource messages;

    public ReportScreenController(ReportScreenService reports, ReportsController workbooks, AccessPolicy access,
                                  ClinicalTime time, MessageSource messages) {
        this.reports = reports;
        this.workbooks = workbooks;
        this.access = access;
        this.time = time;
        this.messages = messages;
    }

    private void common(Model model, Locale locale, String report, String facility, String province) {
        reports.requireReportRole();
        LocalDate today = time.today();
        model.addAttribute("user", access.current());
        model.addAttribute("fmt", new StatementFormat(locale));
        model.addAttribute("report", report);
        model.addAttribute("reports", REPORTS);
        model.addAttribute("facilities", reports.facilityOptions(today));
        model.addAttribute("provinces", reports.provinceOptions());
        model.addAttribute("facility", facility == null ? "" : facility.strip());
        model.addAttribute("province", province == null ? "" : province.strip());
        model.addAttribute("kinds", EncounterKind.values());
        model.addAttribute("groups", CostGroup.values());
    }

    private ReportPeriod period(Model model, String month, String from, String to) {
        model.addAttribute("month", month == null ? "" : month.strip());
        model.addAttribute("from", from == null ? "" : from.strip());
        model.addAttribute("to", to == null ? "" : to.strip());
        ReportPeriod p = ReportPeriod.parse(month, from, to, time.today());
        model.addAttribute("period", p);
        model.addAttribute("month", p.monthText());
        model.addAttribute("from", p.fromText());
        model.addAttribute("to", p.toText());
        return p;
    }

    @GetMapping
    public String index(@RequestParam(required = false) String report, @RequestParam(required = false) String facility,
                        @RequestParam(required = false) String province, @RequestParam(required = false) String month,
                        @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        Locale locale, Model model) {
        common(model, locale, report == null || !REPORTS.contains(report) ? "monthly" : report, facility, province);
        period(model, month, from, to);
        // the links are for the facility and province chosen, else the first the user may read
        List<ReportScreenService.FacilityOption> options = reports.facilityOptions(time.today());
        if ((facility == null || facility.isBlank()) && !options.isEmpty()) {
            model.addAttribute("facility", options.get(0).code());
        }
        List<String> provinces = reports.provinceOptions();
        if ((province == null || province.isBlank()) && !provinces.isEmpty()) {
            model.addAttribute("province", provinces.get(0));
        }
        return "reports/index";
    }

    /** The form's "Xem" button: the chosen report's page with the same filters. */
    @GetMapping("/view")
    public String view(@RequestParam(required = false) String report, @RequestParam(required = false) String facility,
                       @RequestParam(required = false) String province, @RequestParam(required = false) String month,
                       @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        reports.requireReportRole();
        if (report == null || !REPORTS.contains(report)) {
            throw new InvalidRequestException("reports.unknownReport", "report");
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/reports/" + report)
                .queryParamIfPresent("facility", opt(facility)).queryParamIfPresent("province", opt(province))
                .queryParamIfPresent("month", opt(month)).queryParamIfPresent("from", opt(from))
                .queryParamIfPresent("to", opt(to)).encode().build().toUriString();
    }

    private static java.util.Optional<String> opt(String s) {
        return s == null || s.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(s.strip());
    }

    /** A facility report's scope: the facility asked for (checked against the user's scope) and the period. */
    private record FacilityPeriod(String code, ReportPeriod period) {
    }

    private FacilityPeriod facilityPeriod(Model model, Locale locale, String report, String facility, String month,
                                          String from, String to) {
        common(model, locale, report, facility, null);
        ReportPeriod p = period(model, month, from, to);
        String code = reports.facility(facility, p.to());
        model.addAttribute("facility", code);
        return new FacilityPeriod(code, p);
    }

    private static void requirePage(int page) {
        if (page < 0) {
            throw new InvalidRequestException("api.page.invalid", "page", PAGE_SIZE);
        }
    }

    @GetMapping("/monthly")
    public String monthly(@RequestParam(required = false) String facility,
                          @RequestParam(required = false) String month, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, Locale locale, Model model) {
        FacilityPeriod fp = facilityPeriod(model, locale, "monthly", facility, month, from, to);
        MonthlyClaimQuery.View view = reports.claims(fp.code(), fp.period(), 0, 0);
        model.addAttribute("view", view);
        model.addAttribute("chart", ReportCharts.byKind(view.summary(), messages, locale));
        return "reports/monthly";
    }

    @GetMapping("/detail")
    public String detail(@RequestParam(required = false) String facility,
                         @RequestParam(required = false) String month, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                         Locale locale, Model model) {
        FacilityPeriod fp = facilityPeriod(model, locale, "detail", facility, month, from, to);
        requirePage(page);
        model.addAttribute("view", reports.claims(fp.code(), fp.period(), page, PAGE_SIZE));
        return "reports/detail";
    }

    @GetMapping("/items")
    public String items(@RequestParam(required = false) String facility,
                        @RequestParam(required = false) String month, @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to, Locale locale, Model model) {
        FacilityPeriod fp = facilityPeriod(model, locale, "items", facility, month, from, to);
        model.addAttribute("items", reports.items(fp.code(), fp.period()));
        model.addAttribute("forms", vn.his.export.report.ItemForm.values());
        return "reports/items";
    }

    @GetMapping("/province")
    public String province(@RequestParam(required = false) String province,
                           @RequestParam(required = false) String month, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to, Locale locale, Model model) {
        common(model, locale, "province", null, province);
        ReportPeriod p = period(model, month, from, to);
        String code = reports.provinceCode(province);
        model.addAttribute("province", code);
        var months = reports.province(code, p);
        model.addAttribute("months", months);
        ProvinceView view = ProvinceView.of(months);
        model.addAttribute("view", view);
        model.addAttribute("chart", ReportCharts.perFacility(view.perFacility(), messages, locale));
        return "reports/province";
    }

    @GetMapping("/ledger")
    public String ledger(@RequestParam(required = false) String facility,
                         @RequestParam(required = false) String month, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                         Locale locale, Model model) {
        FacilityPeriod fp = facilityPeriod(model, locale, "ledger", facility, month, from, to);
        requirePage(page);
        ReportScreenService.Ledger ledger = reports.ledger(fp.code(), fp.period(), page, PAGE_SIZE);
        model.addAttribute("ledger", ledger);
        model.addAttribute("ledgerPages", Math.max(ledger.submissions().totalPages(),
                ledger.attempts().totalPages()));
        return "reports/ledger";
    }

    /**
     * The workbook of a report for a signed-in browser: the same code as {@code /api/v1/reports/{report}} (scope,
     * validation, file), reached through the screens' session.
     */
    @GetMapping("/xlsx/{report}")
    public ResponseEntity<StreamingResponseBody> workbook(@PathVariable String report,
                                                          @RequestParam(required = false) String facility,
                                                          @RequestParam(required = false) String province,
                                                          @RequestParam(required = false) String month,
                                                          @RequestParam(required = false) String from,
                                                          @RequestParam(required = false) String to)
            throws IOException {
        return switch (report) {
            case "monthly" -> workbooks.monthly(facility, month);
            case "province" -> workbooks.province(province, month, from, to);
            case "ledger" -> workbooks.ledger(facility, from, to);
            case "items" -> workbooks.items(facility, from, to);
            case "detail" -> workbooks.detail(facility, from, to);
            default -> throw new InvalidRequestException("reports.unknownReport", "report");
        };
    }

    /** A bad period or filter (400), an unknown facility (404): the message on the report page, never a 500. */
    @ExceptionHandler(DomainException.class)
    public String refused(DomainException e, Locale locale, Model model, HttpServletResponse response) {
        boolean missing = e.messageKey().endsWith("Unknown") || e.messageKey().endsWith("notFound");
        response.setStatus(missing ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
        model.addAttribute("message", e.localizedMessage(locale));
        model.addAttribute("user", access.current());
        return "reports/refused";
    }
}
