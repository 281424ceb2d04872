package vn.his.web.api.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.catalog.Icd10Catalog;
import vn.his.core.common.ClinicalTime;
import vn.his.core.encounter.OrderKind;
import vn.his.web.api.ApiLocale;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.SignedInUser;

/** Look-ups for data entry: ICD-10 search-as-you-type and the user's facility catalogue. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalogues")
public class CatalogController {

    private final Icd10Catalog icd10;
    private final CatalogItemRepository items;
    private final AccessPolicy access;
    private final ClinicalTime time;

    public CatalogController(Icd10Catalog icd10, CatalogItemRepository items, AccessPolicy access, ClinicalTime time) {
        this.icd10 = icd10;
        this.items = items;
        this.access = access;
        this.time = time;
    }

    public record Icd10View(String code, String name) {
    }

    public record CatalogItemView(Long id, OrderKind kind, String code, String name, int costGroup, String unit,
                                  BigDecimal hospitalPrice, BigDecimal insurancePrice, int scope, int insuranceRatio) {
    }

    @GetMapping("/icd10")
    @Operation(summary = "ICD-10 codes valid on a date (default today) whose code starts with q or whose name contains q")
    public List<Icd10View> icd10(@RequestParam String q,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                 @RequestParam(defaultValue = "20") int limit, HttpServletRequest request) {
        access.current();
        if (limit < 1 || limit > 100) {
            throw new InvalidRequestException("api.page.invalid", "limit", 100);
        }
        boolean english = "en".equals(ApiLocale.of(request).getLanguage());
        return icd10.search(q, on == null ? time.today() : on, limit).stream()
                .map(c -> new Icd10View(c.code(), english && c.nameEn() != null ? c.nameEn() : c.nameVi())).toList();
    }

    @GetMapping("/catalog/items")
    @Operation(summary = "Items of the user's facility catalogue valid today whose code or name contains q")
    @Transactional(readOnly = true)
    public List<CatalogItemView> catalogue(@RequestParam(defaultValue = "") String q,
                                           @RequestParam(defaultValue = "30") int limit) {
        SignedInUser user = access.current();
        if (limit < 1 || limit > 200) {
            throw new InvalidRequestException("api.page.invalid", "limit", 200);
        }
        if (user.facilityId() == null) {
            return List.of();
        }
        LocalDate today = time.today();
        String needle = q.strip().toLowerCase();
        return items.findByFacilityIdOrderByKindAscCodeAsc(user.facilityId()).stream()
                .filter(i -> i.isValidOn(today))
                .filter(i -> needle.isEmpty() || i.code().toLowerCase().contains(needle)
                        || i.name().toLowerCase().contains(needle))
                .limit(limit)
                .map(i -> new CatalogItemView(i.id(), i.kind(), i.code(), i.name(), i.costGroup(), i.unit(),
                        i.hospitalPrice(), i.insurancePrice(), i.scope(), i.insuranceRatio()))
                .toList();
    }
}
