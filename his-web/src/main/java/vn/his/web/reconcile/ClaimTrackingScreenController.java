package vn.his.web.reconcile;

import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.his.core.common.DomainException;
import vn.his.export.reconcile.ImportResult;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.billing.StatementFormat;
import vn.his.web.security.AccessPolicy;

/**
 * Claim tracking on the officer screens (insurance officers, billing clerks, administrators; rules in
 * {@link ClaimTracking}): the upload of the gateway's assessment result file with the outcome of every row (matched,
 * unmatched, invalid, duplicate, replaced, with its Vietnamese or English message), an earlier import shown again, and
 * a claim's status history with each version's claimed / accepted / refused and, line by line, what the next version
 * (the correction) claims — the before and after. A file that cannot be read is a message on the page with 400.
 */
@Controller
@RequestMapping("/officer")
public class ClaimTrackingScreenController {

    private final ClaimTracking tracking;
    private final AccessPolicy access;

    public ClaimTrackingScreenController(ClaimTracking tracking, AccessPolicy access) {
        this.tracking = tracking;
        this.access = access;
    }

    private void common(Model model, Locale locale) {
        model.addAttribute("user", access.current());
        model.addAttribute("fmt", new StatementFormat(locale));
        model.addAttribute("mayImport", tracking.mayImport());
    }

    @GetMapping("/assessment-results")
    public String form(Locale locale, Model model) {
        common(model, locale);
        return "officer/assessment";
    }

    /** Imports the file, then shows the import (post/redirect/get: a reload does not send the file again). */
    @PostMapping("/assessment-results")
    public String upload(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        ImportResult result;
        try {
            result = tracking.importFile(file);
        } catch (InvalidRequestException e) {
            common(model, locale);
            model.addAttribute("error", e.localizedMessage(locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "officer/assessment";
        }
        redirect.addFlashAttribute("notice", ReconciliationController.view(result, locale).message());
        return "redirect:/officer/assessment-results/" + result.importId();
    }

    @GetMapping("/assessment-results/{id}")
    public String show(@PathVariable long id, Locale locale, Model model) {
        common(model, locale);
        model.addAttribute("result", ReconciliationController.view(tracking.find(id), locale));
        return "officer/assessment";
    }

    @GetMapping("/claims/{maLk}/history")
    public String history(@PathVariable String maLk, Locale locale, Model model) {
        common(model, locale);
        model.addAttribute("maLk", maLk);
        model.addAttribute("history", tracking.history(maLk).stream()
                .map(h -> ReconciliationController.history(h, locale)).toList());
        model.addAttribute("recon", tracking.reconciliation(maLk));
        return "officer/history";
    }

    /** An unknown claim or import (404) or a refused request (400), in the page's language. */
    @ExceptionHandler(DomainException.class)
    public String refused(DomainException e, Locale locale, Model model, HttpServletResponse response) {
        boolean missing = e.messageKey().endsWith("notFound") || e.messageKey().endsWith("NotFound");
        response.setStatus(missing ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
        model.addAttribute("message", e.localizedMessage(locale));
        return "officer/refused";
    }
}
