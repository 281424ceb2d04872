package vn.his.web.admin.catalog;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.his.core.common.DomainException;
import vn.his.core.i18n.Messages;
import vn.his.web.admin.catalog.CatalogImportService.ImportRecord;
import vn.his.web.api.ApiLocale;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.PageView;
import vn.his.web.audit.AuditTrail.Channel;

/**
 * The catalogue import API for administrators ({@code /api/v1/admin/catalog/imports}): the same service and planner as
 * the screens. An unreadable file is a 400 problem on the field {@code file}; a stale or already applied import 422.
 */
@ConditionalOnWebApplication // not in the export command (no web server, no password encoder or throttle)
@RestController
@RequestMapping("/api/v1/admin/catalog/imports")
@Tag(name = "Administration")
public class CatalogImportController {

    private final CatalogImportService imports;

    public CatalogImportController(CatalogImportService imports) {
        this.imports = imports;
    }

    /** A refused row: its line, its code as written and every reason in the request language. */
    public record RefusedRow(long line, String code, List<ReasonView> reasons) {
    }

    /** One reason: the message key and its text. */
    public record ReasonView(String code, String message) {
    }

    /**
     * An import and, while it is only previewed, what it would do now (added, changed, closed periods, unchanged
     * count, refused rows); {@code plan} is null once it is applied.
     */
    public record ImportView(ImportRecord record, PlanView plan) {
    }

    public record PlanView(List<CatalogImportPlan.Planned> added, List<CatalogImportPlan.Planned> changed,
                           List<ItemValues> closed, int unchanged, List<RefusedRow> refused) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a catalogue (.xlsx or .csv) of a facility and preview it; nothing is applied yet")
    public ImportView upload(@RequestParam(required = false) Long facilityId,
                             @RequestParam(name = "file", required = false) MultipartFile file,
                             HttpServletRequest request) throws IOException {
        if (facilityId == null) {
            throw new InvalidRequestException("problem.field.required", "facilityId");
        }
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("admin.catalog.file.empty", "file");
        }
        CatalogImportService.Preview preview;
        try {
            preview = imports.preview(facilityId, file.getOriginalFilename(), file.getBytes());
        } catch (InvalidRequestException e) {
            throw e;
        } catch (DomainException e) {
            if (e.messageKey().startsWith("admin.catalog.file")) {
                throw InvalidRequestException.of(e, "file");
            }
            throw e;
        }
        return view(preview, ApiLocale.of(request));
    }

    @GetMapping
    @Operation(summary = "Past imports, newest first; of one facility when facilityId is given")
    public PageView<ImportRecord> list(@RequestParam(required = false) Long facilityId,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size) {
        return imports.page(facilityId, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import with its plan as it would apply now (no plan once applied)")
    public ImportView get(@PathVariable long id, HttpServletRequest request) {
        return view(imports.show(id), ApiLocale.of(request));
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Apply a previewed import in one transaction (422 when the catalogue changed since the preview)")
    public ImportRecord confirm(@PathVariable long id) {
        return imports.confirm(id, Channel.API);
    }

    private static ImportView view(CatalogImportService.Preview preview, Locale locale) {
        CatalogImportPlan plan = preview.plan();
        if (plan == null) {
            return new ImportView(preview.record(), null);
        }
        List<RefusedRow> refused = plan.refused().stream().map(r -> new RefusedRow(r.line(), r.code(),
                r.reasons().stream().map(x -> new ReasonView(x.key(), Messages.get(locale, x.key(),
                        x.args().toArray()))).toList())).toList();
        return new ImportView(preview.record(), new PlanView(plan.added(), plan.changed(), plan.closed(),
                plan.unchanged(), refused));
    }
}
