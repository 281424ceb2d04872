package vn.his.web.reception;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.his.core.common.ClinicalTime;
import vn.his.core.facility.PractitionerRepository;
import vn.his.core.i18n.Messages;
import vn.his.web.api.encounter.EncounterApiService;
import vn.his.web.api.encounter.EncounterView;
import vn.his.web.audit.AuditTrail;
import vn.his.web.reception.papers.DischargePapers;
import vn.his.web.reception.papers.PaperForms;
import vn.his.web.security.AccessPolicy;

/**
 * The model of the encounter page ({@code reception/encounter}), shared by the reception screens and the discharge
 * papers' forms, which show the page again with their refusals: the encounter (read check and audit), the user, the
 * facility's practitioners, which papers apply and a form for each ({@link PaperForms}: empty for a paper not yet
 * recorded, pre-filled with a recorded one's values to edit it; the forms the caller already put in the model are
 * kept, with what was typed).
 */
@Component
public class EncounterPage {

    public static final String VIEW = "reception/encounter";

    private final EncounterApiService encounters;
    private final PractitionerRepository practitioners;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ClinicalTime time;

    public EncounterPage(EncounterApiService encounters, PractitionerRepository practitioners, AccessPolicy access,
                         AuditTrail audit, ClinicalTime time) {
        this.encounters = encounters;
        this.practitioners = practitioners;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    public String show(Long id, Locale locale, Model model) {
        EncounterView e = encounters.get(id);
        audit.view(AuditTrail.Resource.ENCOUNTER, e.id(), AuditTrail.Channel.SCREEN);
        model.addAttribute("user", access.current());
        model.addAttribute("encounter", e);
        model.addAttribute("practitioners", practitioners.findByFacilityIdOrderByFullName(e.facilityId()));
        DischargePapers papers = DischargePapers.of(e, encounters.canChange(e.id()));
        model.addAttribute("papers", papers);
        if (papers.locked()) {
            model.addAttribute("papersLocked", Messages.get(locale, "encounter.locked", e.maLk(),
                    Messages.get(locale, "reception.status." + e.status())));
        }
        PaperForms.addTo(model, e, time.today());
        return VIEW;
    }
}
