package vn.his.web.admin.catalog;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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
import vn.his.core.facility.FacilityRepository;
import vn.his.core.i18n.Messages;
import vn.his.web.admin.AdminAccess;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.reception.ScreenFormat;

/**
 * The catalogue import screens: upload (CSV or .xlsx) → preview of the rows to add and change, the open periods
 * closed and the refused rows with their reasons → confirm → report. Long lists are cut on the page (the counts are
 * whole) so a page stays small.
 */
@ConditionalOnWebApplication // not in the export command (no web server, no password encoder or throttle)
@Controller
@RequestMapping("/admin/catalog")
public class CatalogScreenController {

    /** Rows of each list shown on the preview page. */
    static final int SHOWN = 100;

    private final CatalogImportService imports;
    private final FacilityRepository facilities;
    private final AdminAccess admin;

    public CatalogScreenController(CatalogImportService imports, FacilityRepository facilities, AdminAccess admin) {
        this.imports = imports;
        this.facilities = facilities;
        this.admin = admin;
    }

    /** A refused row as the page shows it: line, code and the reasons in the page's language. */
    public record RefusedView(long line, String code, String reasons) {
    }

    @GetMapping
    public String upload(@RequestParam(required = false) Long facility, Model model) {
        model.addAttribute("user", admin.require());
        model.addAttribute("facilities", facilities.findAll());
        model.addAttribute("facility", facility);
        model.addAttribute("columns", String.join(", ", CatalogImportPlanner.COLUMNS));
        model.addAttribute("recent", facility == null ? List.of() : imports.recent(facility));
        return "admin/catalog";
    }

    @PostMapping("/preview")
    public String preview(@RequestParam long facilityId, @RequestParam("file") MultipartFile file, Locale locale,
                          RedirectAttributes redirect) throws IOException {
        try {
            var preview = imports.preview(facilityId, file.getOriginalFilename(), file.getBytes());
            return "redirect:/admin/catalog/imports/" + preview.record().id();
        } catch (ResourceNotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.localizedMessage(locale));
            return "redirect:/admin/catalog?facility=" + facilityId;
        }
    }

    @GetMapping("/imports/{id}")
    public String show(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("user", admin.require());
        var preview = imports.show(id);
        model.addAttribute("record", preview.record());
        model.addAttribute("facility", facilities.findById(preview.record().facilityId()).orElseThrow());
        model.addAttribute("fmt", new ScreenFormat());
        CatalogImportPlan plan = preview.plan();
        model.addAttribute("plan", plan);
        if (plan != null) {
            model.addAttribute("added", plan.added().stream().limit(SHOWN).toList());
            model.addAttribute("changed", plan.changed().stream().limit(SHOWN).toList());
            model.addAttribute("closed", plan.closed().stream().limit(SHOWN).toList());
            model.addAttribute("refused", plan.refused().stream().limit(SHOWN * 2L).map(r -> new RefusedView(r.line(),
                    r.code(), r.reasons().stream().map(x -> Messages.get(locale, x.key(), x.args().toArray()))
                    .collect(Collectors.joining(" ")))).toList());
            model.addAttribute("shown", SHOWN);
        }
        return "admin/catalog-import";
    }

    @PostMapping("/imports/{id}/confirm")
    public String confirm(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            imports.confirm(id, Channel.SCREEN);
            redirect.addFlashAttribute("done", "admin.catalog.applied");
        } catch (ResourceNotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.localizedMessage(locale));
        }
        return "redirect:/admin/catalog/imports/" + id;
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    public String notFound(ResourceNotFoundException e, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("user", admin.require());
        model.addAttribute("error", e.localizedMessage(locale));
        model.addAttribute("facilities", facilities.findAll());
        model.addAttribute("columns", String.join(", ", CatalogImportPlanner.COLUMNS));
        model.addAttribute("recent", List.of());
        return "admin/catalog";
    }
}
