package vn.his.web.api.patient;

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
import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Action;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;

/** Patients and their cards: {@code /api/v1/patients}. */
@RestController
@RequestMapping("/api/v1/patients")
@Tag(name = "Patients")
public class PatientController {

    private final PatientApiService patients;
    private final AuditTrail audit;

    public PatientController(PatientApiService patients, AuditTrail audit) {
        this.patients = patients;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Find patients by card number, CCCD, or name with birth date (yyyy, yyyy-MM or yyyy-MM-dd);"
            + " paged (page from 0, size 1..200, oldest registration first)")
    public PatientSearchResult search(@RequestParam(required = false) String cardNumber,
                                      @RequestParam(required = false) String citizenId,
                                      @RequestParam(required = false) String name,
                                      @RequestParam(required = false) String birthDate,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size, HttpServletRequest request) {
        PatientSearchResult found = patients.search(
                new PatientApiService.Criteria(cardNumber, citizenId, name, birthDate), page, size,
                ApiLocale.of(request));
        audit.viewAll(Resource.PATIENT, found.items().stream().map(PatientView::id).toList(), Channel.API);
        return found;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A patient with their cards")
    public PatientView get(@PathVariable Long id) {
        PatientView p = patients.get(id);
        audit.view(Resource.PATIENT, p.id(), Channel.API);
        return p;
    }

    @PostMapping("/duplicates")
    @Operation(summary = "Registered patients who may be this person (nothing is written)")
    public List<DuplicateView> duplicates(@Valid @RequestBody PatientRequest body) {
        return patients.duplicatesOf(body);
    }

    @PostMapping
    @Operation(summary = "Register a patient (and a first card); 409 with duplicates unless confirmDuplicates")
    public ResponseEntity<PatientView> register(@Valid @RequestBody PatientRequest body) {
        PatientView p = audit.change(Action.CREATE, Resource.PATIENT, Channel.API, () -> patients.register(body),
                PatientView::id);
        return ResponseEntity.created(URI.create("/api/v1/patients/" + p.id())).body(p);
    }

    @PostMapping("/{id}/cards")
    @Operation(summary = "Add a card period to a patient")
    public ResponseEntity<CardView> addCard(@PathVariable Long id, @Valid @RequestBody CardRequest body) {
        CardView c = audit.change(Action.UPDATE, Resource.PATIENT, Channel.API, () -> patients.addCard(id, body),
                card -> id);
        return ResponseEntity.created(URI.create("/api/v1/patients/" + id)).body(c);
    }
}
