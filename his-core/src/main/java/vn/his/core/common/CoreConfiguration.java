package vn.his.core.common;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Core beans that are not components of a feature. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ClinicalTime clinicalTime() {
        return ClinicalTime.system();
    }
}
