package vn.his.web.settlement;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

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

import vn.his.billing.settlement.PaymentMethod;
import vn.his.core.common.DomainException;
import vn.his.core.encounter.EncounterStatus;
import vn.his.export.claim.ClaimService;
import vn.his.export.claim.StoredClaim;
import vn.his.web.api.PageView;
import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Action;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;
import vn.his.web.billing.StatementFormat;
import vn.his.web.officer.FindingIndex;
import vn.his.web.security.AccessPolicy;
import vn.his.web.settlement.SettleRequest.CorrectionRequest;
import vn.his.web.settlement.SettleRequest.OverrideRequest;
import vn.his.web.settlement.SettleRequest.PaymentRequest;

/**
 * The billing clerk's screens: the worklist (to settle / settled unpaid), the bill of one encounter with the settle
 * form (cash, transfer or discharged unpaid), the record-payment form and the correction with the versions. Every
 * check is in {@link SettlementApiService}; a refused rule comes back as a Vietnamese (or English) message. The
 * worklist's encounters and the bill are VIEWs, a settlement, payment or correction an UPDATE of the encounter in the
 * audit trail (channel SCREEN).
 */
@Controller
@RequestMapping("/settlement")
public class SettlementScreenController {

    /** The settle form's choice for "ra viện chưa thanh toán" (no payment). */
    static final String UNPAID = "UNPAID";

    private final SettlementApiService settlements;
    private final AccessPolicy access;
    private final ClaimService claims;
    private final AuditTrail audit;

    public SettlementScreenController(SettlementApiService settlements, AccessPolicy access, ClaimService claims,
                                      AuditTrail audit) {
        this.settlements = settlements;
        this.access = access;
        this.claims = claims;
        this.audit = audit;
    }

    @GetMapping
    public String worklist(@RequestParam(defaultValue = "FINISHED") WorklistStatus status,
                           @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        model.addAttribute("user", access.current());
        model.addAttribute("status", status);
        PageView<WorklistRow> rows = settlements.worklist(status, page, 20);
        audit.viewAll(Resource.ENCOUNTER, rows.items().stream().map(WorklistRow::id).toList(), Channel.SCREEN);
        model.addAttribute("rows", rows);
        model.addAttribute("fmt", new StatementFormat(locale));
        return "settlement/worklist";
    }

    @GetMapping("/{id}")
    public String bill(@PathVariable long id, Locale locale, Model model) {
        PreviewView preview = settlements.preview(id, null, locale);
        audit.view(Resource.ENCOUNTER, id, Channel.SCREEN);
        boolean toSettle = preview.status() == EncounterStatus.FINISHED
                || preview.status() == EncounterStatus.CORRECTING;
        model.addAttribute("user", access.current());
        model.addAttribute("encounter", preview);
        model.addAttribute("toSettle", toSettle);
        model.addAttribute("current", toSettle ? null : settlements.current(id, locale).orElse(null));
        model.addAttribute("versions", settlements.versions(id));
        model.addAttribute("canChange", settlements.canChange());
        model.addAttribute("fmt", new StatementFormat(locale));
        // the pre-submission findings of the latest claim version, next to the line they name when that version was
        // made from the bill shown (same settled version), otherwise listed above it
        VersionView current = (VersionView) model.getAttribute("current");
        List<StoredClaim> versions = claims.versions(preview.maLk());
        StoredClaim claim = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        model.addAttribute("claim", claim);
        model.addAttribute("idx", new FindingIndex(claim == null ? List.of() : claims.findings(claim.id()), locale));
        model.addAttribute("findingsOnLines", claim != null && current != null
                && claim.pricedVersion() == current.version());
        return "settlement/bill";
    }

    @PostMapping("/{id}/settle")
    public String settle(@PathVariable long id, @RequestParam String method,
                         @RequestParam(required = false) String reference,
                         @RequestParam(required = false) String visitObject,
                         @RequestParam(required = false) String overrideReason, Locale locale,
                         RedirectAttributes redirect) {
        return change(id, locale, redirect, () -> {
            OverrideRequest override = blank(visitObject) && blank(overrideReason) ? null
                    : new OverrideRequest(visitObject, overrideReason);
            PaymentRequest payment = UNPAID.equals(method) ? null : paymentOf(method, reference);
            settlements.settle(id, new SettleRequest(override, payment), locale);
        });
    }

    @PostMapping("/{id}/payment")
    public String pay(@PathVariable long id, @RequestParam String method,
                      @RequestParam(required = false) String reference, Locale locale, RedirectAttributes redirect) {
        return change(id, locale, redirect, () -> settlements.recordPayment(id, paymentOf(method, reference), locale));
    }

    @PostMapping("/{id}/correction")
    public String correct(@PathVariable long id, @RequestParam(required = false) String reason, Locale locale,
                          RedirectAttributes redirect) {
        return change(id, locale, redirect, () -> settlements.startCorrection(id, new CorrectionRequest(reason)));
    }

    private static PaymentRequest paymentOf(String method, String reference) {
        PaymentMethod m;
        try {
            m = PaymentMethod.valueOf(method);
        } catch (IllegalArgumentException e) {
            throw new SettlementFormException("settlement.form.method", method);
        }
        return new PaymentRequest(m, null, blank(reference) ? null : reference.strip());
    }

    /** A settlement change and its UPDATE audit row in one transaction; a refused one writes neither. */
    private String change(long id, Locale locale, RedirectAttributes redirect, Runnable action) {
        try {
            audit.change(Action.UPDATE, Resource.ENCOUNTER, id, Channel.SCREEN, action);
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.localizedMessage(locale));
        }
        return "redirect:/settlement/" + id;
    }

    /** A bill that cannot be shown (unknown encounter, a rule the pricing refused), in the page's language. */
    @ExceptionHandler(DomainException.class)
    public String refused(DomainException e, Locale locale, Model model, HttpServletResponse response) {
        boolean missing = e.messageKey().endsWith("notFound");
        response.setStatus(missing ? HttpStatus.NOT_FOUND.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("message", e.localizedMessage(locale));
        return "billing/refused";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A settle or payment form with a value no form offers (shown as a message on the bill). */
    static final class SettlementFormException extends DomainException {
        SettlementFormException(String key, Object... args) {
            super(key, args);
        }
    }
}
