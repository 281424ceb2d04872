package vn.his.web.api.encounter;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.his.core.encounter.EncounterStatus;
import vn.his.web.api.PageView;
import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Action;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;

/** Encounters of the user's facility (insurance officers: their province): {@code /api/v1/encounters}. */
@RestController
@RequestMapping("/api/v1/encounters")
@Tag(name = "Encounters")
public class EncounterController {

    private final EncounterApiService encounters;
    private final AuditTrail audit;

    public EncounterController(EncounterApiService encounters, AuditTrail audit) {
        this.encounters = encounters;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Encounters in the user's scope, newest first; filter by facility, status, arrival days")
    public PageView<EncounterSummary> list(@RequestParam(required = false) Long facilityId,
                                           @RequestParam(required = false) EncounterStatus status,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "20") int size) {
        PageView<EncounterSummary> found = encounters.list(facilityId, status, from, to, page, size);
        if (page == 0) { // README "Audit trail": one VIEW per encounter of the first page only
            audit.viewAll(Resource.ENCOUNTER, found.items().stream().map(EncounterSummary::id).toList(), Channel.API);
        }
        return found;
    }

    @PostMapping
    @Operation(summary = "Open an encounter (MA_LK assigned)")
    public ResponseEntity<EncounterView> open(@Valid @RequestBody OpenEncounterRequest body) {
        EncounterView e = audit.change(Action.CREATE, Resource.ENCOUNTER, Channel.API, () -> encounters.open(body),
                EncounterView::id);
        return ResponseEntity.created(URI.create("/api/v1/encounters/" + e.id())).body(e);
    }

    @PostMapping("/recorded")
    @Operation(summary = "Record a whole encounter in one call: opening, lines, diagnoses and discharge, all or nothing")
    public ResponseEntity<EncounterView> record(@Valid @RequestBody RecordEncounterRequest body) {
        EncounterView e = audit.change(Action.CREATE, Resource.ENCOUNTER, Channel.API, () -> encounters.record(body),
                EncounterView::id);
        return ResponseEntity.created(URI.create("/api/v1/encounters/" + e.id())).body(e);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An encounter with cards, diagnoses and lines")
    public EncounterView get(@PathVariable Long id) {
        EncounterView e = encounters.get(id);
        audit.view(Resource.ENCOUNTER, e.id(), Channel.API);
        return e;
    }

    @PostMapping("/{id}/lines")
    @Operation(summary = "Add a line from the facility catalogue to an open encounter")
    public ResponseEntity<OrderLineView> addLine(@PathVariable Long id, @Valid @RequestBody LineRequest body) {
        OrderLineView line = audit.change(Action.UPDATE, Resource.ENCOUNTER, Channel.API,
                () -> encounters.addLine(id, body), l -> id);
        return ResponseEntity.created(URI.create("/api/v1/encounters/" + id)).body(line);
    }

    @DeleteMapping("/{id}/lines/{lineNo}")
    @Operation(summary = "Remove a line of an open encounter")
    public ResponseEntity<Void> removeLine(@PathVariable Long id, @PathVariable int lineNo) {
        audit.change(Action.UPDATE, Resource.ENCOUNTER, id, Channel.API, () -> encounters.removeLine(id, lineNo));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/diagnosis")
    @Operation(summary = "Record the diagnoses (ICD-10 checked against the catalogue of the arrival day)")
    public EncounterView diagnosis(@PathVariable Long id, @RequestBody DiagnosisRequest body) {
        return audit.change(Action.UPDATE, Resource.ENCOUNTER, Channel.API, () -> encounters.recordDiagnosis(id, body),
                e -> id);
    }

    @PostMapping("/{id}/finish")
    @Operation(summary = "Finish the encounter (discharge)")
    public EncounterView finish(@PathVariable Long id, @Valid @RequestBody FinishRequest body) {
        return audit.change(Action.UPDATE, Resource.ENCOUNTER, Channel.API, () -> encounters.finish(id, body),
                e -> id);
    }

    @PostMapping("/{id}/record-summary")
    @Operation(summary = "Record the record summary of a stay (XML8; inpatient, day-inpatient or commune stays)")
    public EncounterView recordSummary(@PathVariable Long id, @Valid @RequestBody RecordSummaryRequest body) {
        return audit.change(Action.UPDATE, Resource.ENCOUNTER, Channel.API, () -> encounters.recordSummary(id, body),
                e -> id);
    }

    @PostMapping("/{id}/referral")
    @Operation(summary = "Record the referral letter of an encounter finished with a transfer (XML13)")
    public EncounterView referral(@PathVariable Long id, @Valid @RequestBody ReferralRequest body) {
        return audit.change(Action.UPDATE, Resource.ENCOUNTER, Channel.API, () -> encounters.recordReferral(id, body),
                e -> id);
    }

    @PostMapping("/{id}/appointment")
    @Operation(summary = "Book a re-visit appointment for a finished encounter (XML14)")
    public EncounterView appointment(@PathVariable Long id, @Valid @RequestBody AppointmentRequest body) {
        return audit.change(Action.UPDATE, Resource.ENCOUNTER, Channel.API,
                () -> encounters.recordAppointment(id, body), e -> id);
    }
}
