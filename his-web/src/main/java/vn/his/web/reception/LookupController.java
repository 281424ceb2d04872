package vn.his.web.reception;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.catalog.Icd10Catalog;
import vn.his.core.common.ClinicalTime;
import vn.his.web.api.encounter.EncounterApiService;
import vn.his.web.api.encounter.EncounterView;

/** htmx fragments for search-as-you-type: ICD-10 over the full catalogue, and the encounter facility's catalogue. */
@Controller
@RequestMapping("/reception/lookup")
public class LookupController {

    private final Icd10Catalog icd10;
    private final CatalogItemRepository catalogue;
    private final EncounterApiService encounters;
    private final ClinicalTime time;

    public LookupController(Icd10Catalog icd10, CatalogItemRepository catalogue, EncounterApiService encounters,
                            ClinicalTime time) {
        this.icd10 = icd10;
        this.catalogue = catalogue;
        this.encounters = encounters;
        this.time = time;
    }

    @GetMapping("/icd10/{encounterId}")
    public String icd10(@PathVariable Long encounterId, @RequestParam(defaultValue = "") String q,
                        @RequestParam(defaultValue = "mainIcd10") String target, Model model) {
        EncounterView e = encounters.get(encounterId);
        model.addAttribute("codes", q.strip().length() < 2 ? java.util.List.of()
                : icd10.search(q, e.arrivalTime().toLocalDate(), 15));
        model.addAttribute("target", "secondaryIcd10".equals(target) ? "secondaryIcd10" : "mainIcd10");
        return "reception/fragments :: icd10";
    }

    @GetMapping("/catalog/{encounterId}")
    public String catalogue(@PathVariable Long encounterId, @RequestParam(defaultValue = "") String q, Model model) {
        EncounterView e = encounters.get(encounterId);
        LocalDate today = time.today();
        String needle = q.strip().toLowerCase();
        model.addAttribute("items", needle.length() < 2 ? java.util.List.of()
                : catalogue.findByFacilityIdOrderByKindAscCodeAsc(e.facilityId()).stream()
                .filter(i -> i.isValidOn(today))
                .filter(i -> i.code().toLowerCase().contains(needle) || i.name().toLowerCase().contains(needle))
                .limit(15).toList());
        return "reception/fragments :: catalog";
    }
}
