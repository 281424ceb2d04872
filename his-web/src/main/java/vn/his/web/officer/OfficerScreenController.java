package vn.his.web.officer;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import vn.his.core.common.DomainException;
import vn.his.export.outbox.SubmissionKind;
import vn.his.export.outbox.SubmissionStatus;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.PageView;
import vn.his.web.audit.AuditTrail;
import vn.his.web.billing.StatementFormat;
import vn.his.web.reception.ScreenFormat;
import vn.his.web.security.AccessPolicy;
import vn.his.web.submissions.SubmissionFilter;
import vn.his.web.submissions.SubmissionService;

/**
 * The insurance officer's screens (also open to billing clerks for their facility and to administrators): the
 * dashboard with charts drawn from the data, the claims by facility, period and status, one claim with its tables,
 * findings, submissions and gateway replies, and the worklist of rejected and dead-letter dossiers with re-queue.
 * Scoping is in {@link OfficerService} and {@link SubmissionService}; dates are typed dd/mm/yyyy.
 */
@Controller
@RequestMapping("/officer")
public class OfficerScreenController {

    static final int PAGE_SIZE = 20;
    static final int DASHBOARD_DAYS = 30;

    private final OfficerService officer;
    private final SubmissionService submissions;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final AuditTrail audit;

    public OfficerScreenController(OfficerService officer, SubmissionService submissions, AccessPolicy access,
                                   MessageSource messages, AuditTrail audit) {
        this.officer = officer;
        this.submissions = submissions;
        this.access = access;
        this.messages = messages;
        this.audit = audit;
    }

    /** A typed period: both days or the defaults; a typing error is a message on the page. */
    private record Period(LocalDate from, LocalDate to, String error) {
    }

    private Period period(String from, String to, LocalDate defaultFrom, LocalDate defaultTo, Locale locale) {
        try {
            LocalDate f = ScreenFormat.parseDate(from, "from");
            LocalDate t = ScreenFormat.parseDate(to, "to");
            f = f == null ? defaultFrom : f;
            t = t == null ? defaultTo : t;
            if (f != null && t != null && t.isBefore(f)) {
                return new Period(defaultFrom, defaultTo, messages.getMessage("api.submission.periodReversed", null,
                        locale));
            }
            return new Period(f, t, null);
        } catch (IllegalArgumentException e) {
            return new Period(defaultFrom, defaultTo, messages.getMessage("screen.date.invalid", null, locale));
        }
    }

    private void common(Model model, Locale locale, String facility) {
        model.addAttribute("user", access.current());
        model.addAttribute("fmt", new StatementFormat(locale));
        model.addAttribute("facilities", officer.facilityOptions());
        model.addAttribute("names", officer.facilityNames());
        model.addAttribute("facility", facility == null ? "" : facility.strip());
    }

    @GetMapping
    public String dashboard(@RequestParam(required = false) String facility,
                            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                            Locale locale, Model model) {
        common(model, locale, facility);
        LocalDate today = officer.today();
        Period p = period(from, to, today.minusDays(DASHBOARD_DAYS - 1L), today, locale);
        model.addAttribute("error", p.error());
        OfficerService.Dashboard d = officer.dashboard(facility, p.from(), p.to());
        model.addAttribute("dashboard", d);
        model.addAttribute("charts", DashboardCharts.of(d, messages, locale, new StatementFormat(locale)));
        model.addAttribute("from", ScreenFormatDates.day(p.from()));
        model.addAttribute("to", ScreenFormatDates.day(p.to()));
        return "officer/dashboard";
    }

    @GetMapping("/claims")
    public String claims(@RequestParam(required = false) String facility,
                         @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                         @RequestParam(required = false) ClaimState state, @RequestParam(defaultValue = "0") int page,
                         Locale locale, Model model) {
        common(model, locale, facility);
        Period p = period(from, to, null, null, locale);
        model.addAttribute("error", p.error());
        PageView<OfficerQueries.ClaimRow> rows = officer.claims(facility, p.from(), p.to(), state, page, PAGE_SIZE);
        audit.viewAll(AuditTrail.Resource.ENCOUNTER, rows.items().stream().map(OfficerQueries.ClaimRow::encounterId)
                .distinct().toList(), AuditTrail.Channel.SCREEN);
        model.addAttribute("rows", rows);
        model.addAttribute("states", ClaimState.values());
        model.addAttribute("state", state);
        model.addAttribute("from", ScreenFormatDates.day(p.from()));
        model.addAttribute("to", ScreenFormatDates.day(p.to()));
        return "officer/claims";
    }

    @GetMapping("/claims/{maLk}")
    public String claim(@PathVariable String maLk, @RequestParam(required = false) Integer version, Locale locale,
                        Model model) {
        StatementFormat fmt = new StatementFormat(locale);
        model.addAttribute("user", access.current());
        model.addAttribute("fmt", fmt);
        OfficerService.ClaimPage claim = officer.claim(maLk, version, fmt);
        audit.view(AuditTrail.Resource.ENCOUNTER, claim.shown().encounterId(), AuditTrail.Channel.SCREEN);
        model.addAttribute("claim", claim);
        model.addAttribute("idx", new FindingIndex(claim.findings(), locale));
        model.addAttribute("names", officer.facilityNames());
        return "officer/claim";
    }

    @GetMapping("/worklist")
    public String worklist(@RequestParam(required = false) String facility,
                           @RequestParam(required = false) SubmissionKind kind,
                           @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        common(model, locale, facility);
        PageView<vn.his.web.submissions.SubmissionSummary> rows = submissions.page(new SubmissionFilter(
                facility == null || facility.isBlank() ? List.of() : List.of(facility.strip()),
                EnumSet.of(SubmissionStatus.REJECTED, SubmissionStatus.DEAD), kind, null, null, null), page,
                PAGE_SIZE);
        audit.viewAll(AuditTrail.Resource.ENCOUNTER, rows.items().stream()
                .map(vn.his.web.submissions.SubmissionSummary::encounterId).distinct().toList(),
                AuditTrail.Channel.SCREEN);
        model.addAttribute("rows", rows);
        model.addAttribute("kind", kind);
        return "officer/worklist";
    }

    @PostMapping("/submissions/{id}/requeue")
    public String requeue(@PathVariable long id, @RequestParam(required = false) String reason,
                          @RequestParam(required = false) String back, Locale locale, RedirectAttributes redirect) {
        try {
            submissions.requeue(id, reason, AuditTrail.Channel.SCREEN);
            redirect.addFlashAttribute("notice", messages.getMessage("officer.requeued", new Object[] {id}, locale));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.localizedMessage(locale));
        }
        if (back != null && back.startsWith("claim:")) {
            return "redirect:/officer/claims/" + UriUtils.encodePathSegment(back.substring(6),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        return "redirect:/officer/worklist";
    }

    /** An unknown claim or version (404) or a refused filter (400), in the page's language. */
    @ExceptionHandler(DomainException.class)
    public String refused(DomainException e, Locale locale, Model model, HttpServletResponse response) {
        boolean missing = e.messageKey().endsWith("notFound") || e.messageKey().endsWith("NotFound");
        response.setStatus(missing ? HttpStatus.NOT_FOUND.value()
                : e instanceof InvalidRequestException ? HttpStatus.BAD_REQUEST.value()
                : HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("message", e.localizedMessage(locale));
        return "officer/refused";
    }

    /** dd/MM/yyyy for the filter fields. */
    static final class ScreenFormatDates {
        private ScreenFormatDates() {
        }

        static String day(LocalDate d) {
            return d == null ? "" : String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }
    }
}
