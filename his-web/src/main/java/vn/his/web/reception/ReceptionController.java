package vn.his.web.reception;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.his.core.common.DomainException;
import vn.his.core.facility.DepartmentRepository;
import vn.his.core.i18n.Messages;
import vn.his.core.patient.Gender;
import vn.his.web.api.DuplicatePatientsException;
import vn.his.web.api.PageView;
import vn.his.web.api.encounter.DiagnosisRequest;
import vn.his.web.api.encounter.EncounterApiService;
import vn.his.web.api.encounter.EncounterView;
import vn.his.web.api.encounter.FinishRequest;
import vn.his.web.api.encounter.LineRequest;
import vn.his.web.api.encounter.OpenEncounterRequest;
import vn.his.web.api.patient.CardRequest;
import vn.his.web.api.patient.PatientApiService;
import vn.his.web.api.patient.PatientRequest;
import vn.his.web.api.patient.PatientSearchResult;
import vn.his.web.api.patient.PatientView;
import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Action;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.SignedInUser;

/**
 * Reception screens (Thymeleaf + htmx): find a patient, register a patient and card, open an encounter, add lines
 * from the catalogue, record diagnoses (ICD-10 search-as-you-type), finish. Every change goes through the same
 * application services as the API, so facility scoping holds here too. Forms post and redirect (PRG); a refused rule
 * re-shows the form with the explanation. Searches, registrations and changes are written to the audit trail (channel
 * SCREEN) as the API writes them: a change in the same transaction, so a refused one leaves no row.
 */
@Controller
@RequestMapping("/reception")
public class ReceptionController {

    private final PatientApiService patients;
    private final EncounterApiService encounters;
    private final DepartmentRepository departments;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final EncounterPage encounterPage;

    public ReceptionController(PatientApiService patients, EncounterApiService encounters,
                               DepartmentRepository departments, AccessPolicy access, AuditTrail audit,
                               EncounterPage encounterPage) {
        this.audit = audit;
        this.encounterPage = encounterPage;
        this.patients = patients;
        this.encounters = encounters;
        this.departments = departments;
        this.access = access;
    }

    @GetMapping
    public String search(@RequestParam(required = false) String cardNumber,
                         @RequestParam(required = false) String citizenId,
                         @RequestParam(required = false) String name,
                         @RequestParam(required = false) String birthDate, Locale locale, Model model) {
        model.addAttribute("user", access.current());
        boolean asked = notBlank(cardNumber) || notBlank(citizenId) || notBlank(name);
        if (asked) {
            try {
                PatientSearchResult result = patients.search(new PatientApiService.Criteria(cardNumber, citizenId,
                        name, ScreenFormat.isoBirthDate(birthDate)), 0, PageView.MAX_SIZE, locale);
                // every patient the list shows is a VIEW, as for the API's search
                audit.viewAll(Resource.PATIENT, result.items().stream().map(PatientView::id).toList(),
                        Channel.SCREEN);
                model.addAttribute("result", result);
            } catch (DomainException e) {
                model.addAttribute("error", e.localizedMessage(locale));
            }
        }
        return "reception/search";
    }

    @GetMapping("/register")
    public String registerForm(Model model) {
        model.addAttribute("user", access.current());
        model.addAttribute("form", new RegistrationForm());
        return "reception/register";
    }

    @PostMapping("/register")
    public String register(RegistrationForm form, Locale locale, Model model) {
        model.addAttribute("user", access.current());
        model.addAttribute("form", form);
        try {
            CardRequest card = notBlank(form.getCardNumber()) ? new CardRequest(form.getCardNumber(),
                    ScreenFormat.parseDate(form.getCardFrom(), "cardFrom"),
                    ScreenFormat.parseDate(form.getCardTo(), "cardTo"), form.getRegisteredFacility(), null, null,
                    null) : null;
            PatientRequest request = new PatientRequest(form.getFullName(),
                    ScreenFormat.isoBirthDate(form.getBirthDate()), form.getGender(), form.getEthnicityCode(),
                    form.getNationalityCode(), form.getOccupationCode(), form.getAddress(), form.getProvinceCode(),
                    form.getDistrictCode(), form.getCommuneCode(), form.getCitizenId(), form.getPhone(), null, card,
                    form.isConfirmDuplicates());
            PatientView p = audit.change(Action.CREATE, Resource.PATIENT, Channel.SCREEN,
                    () -> patients.register(request), PatientView::id);
            return "redirect:/reception/patients/" + p.id();
        } catch (DuplicatePatientsException e) {
            // the API's 409 text speaks of request fields; the screen points at the list and the confirm box
            model.addAttribute("duplicates", e.duplicates());
            model.addAttribute("error", Messages.get(locale, "reception.duplicates.warning", e.duplicates().size()));
        } catch (DomainException e) {
            model.addAttribute("error", e.localizedMessage(locale));
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", Messages.get(locale, "screen.date.invalid"));
        }
        return "reception/register";
    }

    @GetMapping("/patients/{id}")
    public String patient(@PathVariable Long id, Model model) {
        SignedInUser user = access.current();
        model.addAttribute("user", user);
        model.addAttribute("patient", patients.get(id));
        audit.view(Resource.PATIENT, id, Channel.SCREEN);
        model.addAttribute("departments", user.facilityId() == null ? List.of()
                : departments.findByFacilityIdOrderByCode(user.facilityId()));
        return "reception/patient";
    }

    @PostMapping("/patients/{id}/encounters")
    public String open(@PathVariable Long id, @RequestParam(required = false) List<Long> cardIds,
                       @RequestParam String encounterType, @RequestParam String visitReason,
                       @RequestParam(required = false) String departmentCode,
                       @RequestParam(defaultValue = "false") boolean emergency, Locale locale,
                       RedirectAttributes redirect) {
        try {
            OpenEncounterRequest request = new OpenEncounterRequest(id, cardIds, encounterType, null, visitReason,
                    emergency, null, null, false, null, departmentCode, null, null);
            EncounterView e = audit.change(Action.CREATE, Resource.ENCOUNTER, Channel.SCREEN,
                    () -> encounters.open(request), EncounterView::id);
            return "redirect:/reception/encounters/" + e.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.localizedMessage(locale));
            return "redirect:/reception/patients/" + id;
        }
    }

    @GetMapping("/encounters/{id}")
    public String encounter(@PathVariable Long id, Locale locale, Model model) {
        return encounterPage.show(id, locale, model);
    }

    @PostMapping("/encounters/{id}/lines")
    public String addLine(@PathVariable Long id, @RequestParam String itemCode, @RequestParam BigDecimal quantity,
                          @RequestParam String orderingCchn, @RequestParam(required = false) String dosage,
                          Locale locale, RedirectAttributes redirect) {
        return change(id, locale, redirect, () -> encounters.addLine(id,
                new LineRequest(itemCode, quantity, orderingCchn, null, null, null, dosage, null)));
    }

    @PostMapping("/encounters/{id}/lines/{lineNo}/delete")
    public String removeLine(@PathVariable Long id, @PathVariable int lineNo, Locale locale,
                             RedirectAttributes redirect) {
        return change(id, locale, redirect, () -> encounters.removeLine(id, lineNo));
    }

    @PostMapping("/encounters/{id}/diagnosis")
    public String diagnosis(@PathVariable Long id, @RequestParam(required = false) String diagnosisOut,
                            @RequestParam(required = false) String mainIcd10,
                            @RequestParam(required = false) String secondaryIcd10, Locale locale,
                            RedirectAttributes redirect) {
        List<String> secondary = secondaryIcd10 == null ? List.of() : List.of(secondaryIcd10.split("[;,\\s]+"));
        return change(id, locale, redirect, () -> encounters.recordDiagnosis(id,
                new DiagnosisRequest(diagnosisOut, diagnosisOut, mainIcd10, secondary, null, null)));
    }

    @PostMapping("/encounters/{id}/finish")
    public String finish(@PathVariable Long id, @RequestParam int treatmentResult, @RequestParam int dischargeType,
                         @RequestParam(required = false) String referredTo, Locale locale,
                         RedirectAttributes redirect) {
        return change(id, locale, redirect, () -> encounters.finish(id,
                new FinishRequest(null, treatmentResult, dischargeType, referredTo, null, null, null)));
    }

    /** A change of the encounter and its UPDATE audit row in one transaction; a refused rule writes neither. */
    private String change(Long id, Locale locale, RedirectAttributes redirect, Runnable action) {
        try {
            audit.change(Action.UPDATE, Resource.ENCOUNTER, id, Channel.SCREEN, action);
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.localizedMessage(locale));
        }
        return "redirect:/reception/encounters/" + id;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** The registration form as typed (dates dd/MM/yyyy; the birth date may be MM/yyyy or yyyy). */
    public static class RegistrationForm {
        private String fullName;
        private String birthDate;
        private Gender gender;
        private String ethnicityCode = "01";
        private String nationalityCode = "000";
        private String occupationCode = "00000";
        private String address;
        private String provinceCode;
        private String districtCode;
        private String communeCode;
        private String citizenId;
        private String phone;
        private String cardNumber;
        private String cardFrom;
        private String cardTo;
        private String registeredFacility;
        private boolean confirmDuplicates;

        public String getFullName() { return fullName; }
        public void setFullName(String v) { fullName = v; }
        public String getBirthDate() { return birthDate; }
        public void setBirthDate(String v) { birthDate = v; }
        public Gender getGender() { return gender; }
        public void setGender(Gender v) { gender = v; }
        public String getEthnicityCode() { return ethnicityCode; }
        public void setEthnicityCode(String v) { ethnicityCode = v; }
        public String getNationalityCode() { return nationalityCode; }
        public void setNationalityCode(String v) { nationalityCode = v; }
        public String getOccupationCode() { return occupationCode; }
        public void setOccupationCode(String v) { occupationCode = v; }
        public String getAddress() { return address; }
        public void setAddress(String v) { address = v; }
        public String getProvinceCode() { return provinceCode; }
        public void setProvinceCode(String v) { provinceCode = v; }
        public String getDistrictCode() { return districtCode; }
        public void setDistrictCode(String v) { districtCode = v; }
        public String getCommuneCode() { return communeCode; }
        public void setCommuneCode(String v) { communeCode = v; }
        public String getCitizenId() { return citizenId; }
        public void setCitizenId(String v) { citizenId = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v; }
        public String getCardNumber() { return cardNumber; }
        public void setCardNumber(String v) { cardNumber = v; }
        public String getCardFrom() { return cardFrom; }
        public void setCardFrom(String v) { cardFrom = v; }
        public String getCardTo() { return cardTo; }
        public void setCardTo(String v) { cardTo = v; }
        public String getRegisteredFacility() { return registeredFacility; }
        public void setRegisteredFacility(String v) { registeredFacility = v; }
        public boolean isConfirmDuplicates() { return confirmDuplicates; }
        public void setConfirmDuplicates(boolean v) { confirmDuplicates = v; }
    }
}
