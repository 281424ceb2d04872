package vn.his.export.claim;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.catalog.Icd10Catalog;
import vn.his.core.facility.FacilityRepository;
import vn.his.export.spec.SchemaCatalog;

/** Wires the pure claim pieces once; the field specifications are read from the classpath ({@code db/reference}). */
@Configuration(proxyBeanMethods = false)
public class ClaimConfiguration {

    @Bean
    public ClaimDocuments claimDocuments(Icd10Catalog icd10, FacilityRepository facilities,
                                         CatalogItemRepository items) {
        return new ClaimDocuments(SchemaCatalog.loadFromClasspath(), new CoreCatalogue(icd10, facilities, items));
    }
}
