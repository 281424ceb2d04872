package vn.his.export.claim;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.catalog.Icd10Catalog;
import vn.his.core.facility.FacilityRepository;
import vn.his.export.spec.SchemaCatalog;
import vn.his.export.xml.ReferralLetterSettings;

/** Wires the pure claim pieces once; the field specifications are read from the classpath ({@code db/reference}). */
@Configuration(proxyBeanMethods = false)
public class ClaimConfiguration {

    /**
     * @param maCskcbDi {@code his.export.xml13.ma-cskcb-di}: PLACE_OF_ORIGIN (XML1 MA_NOI_DI) or ISSUING_FACILITY
     *                  (XML1 MA_CSKCB); unset keeps MA_NOI_DI without assessing the field (QĐ 3176 Bảng 13, [S])
     */
    @Bean
    public ClaimDocuments claimDocuments(Icd10Catalog icd10, FacilityRepository facilities,
                                         CatalogItemRepository items,
                                         @Value("${" + ReferralLetterSettings.PROPERTY + ":}") String maCskcbDi) {
        return new ClaimDocuments(SchemaCatalog.loadFromClasspath(), new CoreCatalogue(icd10, facilities, items),
                ReferralLetterSettings.fromProperty(maCskcbDi));
    }
}
