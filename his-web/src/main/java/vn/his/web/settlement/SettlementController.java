package vn.his.web.settlement;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.his.web.api.ApiLocale;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.PageView;
import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Action;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;
import vn.his.web.settlement.SettleRequest.CorrectionRequest;
import vn.his.web.settlement.SettleRequest.OverrideRequest;
import vn.his.web.settlement.SettleRequest.PaymentRequest;

/**
 * Settlement of encounters for the billing clerk: {@code /api/v1/encounters/{id}/settlement...}, payments,
 * corrections, and the clerk's worklist {@code /api/v1/settlements/worklist}. Errors are problem+json
 * ({@link vn.his.web.api.ApiProblemHandler}); explanations follow Accept-Language (Vietnamese by default). Reads are
 * VIEWs of the encounters returned, settle / payment / correction an UPDATE of the encounter written in the change's
 * transaction (audit trail, channel API).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Settlement")
public class SettlementController {

    private final SettlementApiService settlements;
    private final AuditTrail audit;

    public SettlementController(SettlementApiService settlements, AuditTrail audit) {
        this.settlements = settlements;
        this.audit = audit;
    }

    @GetMapping("/encounters/{id}/settlement/preview")
    @Operation(summary = "The bill priced as it stands (visit object, MUC_HUONG, lines, totals); nothing frozen. "
            + "visitObject + reason preview a clerk's override")
    public PreviewView preview(@PathVariable long id, @RequestParam(required = false) String visitObject,
                               @RequestParam(required = false) String reason, HttpServletRequest request) {
        PreviewView preview = settlements.preview(id, override(visitObject, reason), ApiLocale.of(request));
        audit.view(Resource.ENCOUNTER, id, Channel.API);
        return preview;
    }

    @PostMapping("/encounters/{id}/settlement")
    @Operation(summary = "Settle a finished encounter: freezes the next version; optional override and payment "
            + "(without a payment the patient is discharged unpaid)")
    public ResponseEntity<VersionView> settle(@PathVariable long id,
                                              @Valid @RequestBody(required = false) SettleRequest body,
                                              HttpServletRequest request) {
        VersionView v = audit.change(Action.UPDATE, Resource.ENCOUNTER, Channel.API,
                () -> settlements.settle(id, body, ApiLocale.of(request)), version -> id);
        return ResponseEntity.created(URI.create(versionPath(id, v.version()))).body(v);
    }

    @PostMapping("/encounters/{id}/payments")
    @Operation(summary = "Record the payment of an encounter discharged unpaid (the patient's share of the version)")
    public ResponseEntity<VersionView> pay(@PathVariable long id, @Valid @RequestBody PaymentRequest body,
                                           HttpServletRequest request) {
        VersionView v = audit.change(Action.UPDATE, Resource.ENCOUNTER, Channel.API,
                () -> settlements.recordPayment(id, body, ApiLocale.of(request)), version -> id);
        return ResponseEntity.created(URI.create(versionPath(id, v.version()))).body(v);
    }

    @PostMapping("/encounters/{id}/corrections")
    @Operation(summary = "Open a correction of a settled encounter; its reason becomes the next version's reason")
    public ResponseEntity<CorrectionView> correct(@PathVariable long id, @Valid @RequestBody CorrectionRequest body) {
        CorrectionView c = audit.change(Action.UPDATE, Resource.ENCOUNTER, Channel.API,
                () -> settlements.startCorrection(id, body), correction -> id);
        return ResponseEntity.created(URI.create("/api/v1/encounters/" + id + "/settlement/versions")).body(c);
    }

    @GetMapping("/encounters/{id}/settlement/versions")
    @Operation(summary = "Every frozen version, oldest first, with its cost statement link")
    public List<VersionView> versions(@PathVariable long id) {
        List<VersionView> versions = settlements.versions(id);
        audit.view(Resource.ENCOUNTER, id, Channel.API);
        return versions;
    }

    @GetMapping("/encounters/{id}/settlement/versions/{n}")
    @Operation(summary = "One frozen version with its bill")
    public VersionView version(@PathVariable long id, @PathVariable int n, HttpServletRequest request) {
        VersionView version = settlements.version(id, n, ApiLocale.of(request));
        audit.view(Resource.ENCOUNTER, id, Channel.API);
        return version;
    }

    @GetMapping("/settlements/worklist")
    @Operation(summary = "Encounters to settle (FINISHED) or settled but unpaid (SETTLED_UNPAID) in the user's scope")
    public PageView<WorklistRow> worklist(@RequestParam(defaultValue = "FINISHED") WorklistStatus status,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "20") int size) {
        PageView<WorklistRow> rows = settlements.worklist(status, page, size);
        audit.viewAll(Resource.ENCOUNTER, rows.items().stream().map(WorklistRow::id).toList(), Channel.API);
        return rows;
    }

    private static String versionPath(long id, int version) {
        return "/api/v1/encounters/" + id + "/settlement/versions/" + version;
    }

    private static OverrideRequest override(String visitObject, String reason) {
        boolean code = visitObject != null && !visitObject.isBlank();
        boolean why = reason != null && !reason.isBlank();
        if (code != why) {
            throw new InvalidRequestException("api.settlement.overrideIncomplete", code ? "reason" : "visitObject");
        }
        return code ? new OverrideRequest(visitObject, reason) : null;
    }
}
