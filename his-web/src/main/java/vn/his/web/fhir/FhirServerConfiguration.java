package vn.his.web.fhir;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import java.util.List;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;

/**
 * FHIR R4 at {@code /fhir} with HAPI's plain {@link RestfulServer} (no JPA server) registered as a servlet; the
 * providers map the domain on the fly. Authentication is the HTTP Basic of the API filter chain; the
 * CapabilityStatement ({@code /fhir/metadata}) is public. Searches are answered page by page ({@link FhirPaging}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // not in the export command, which runs without a web server
public class FhirServerConfiguration {

    @Bean
    public FhirContext fhirContext() {
        return FhirContext.forR4();
    }

    @Bean
    public ServletRegistrationBean<RestfulServer> fhirServlet(FhirContext context, List<IResourceProvider> providers,
                                                             TransactionProvider transactions) {
        RestfulServer server = new RestfulServer(context);
        server.setResourceProviders(providers);
        server.registerProvider(transactions);
        server.setDefaultResponseEncoding(EncodingEnum.JSON);
        server.setDefaultPrettyPrint(false);
        server.setPagingProvider(new FhirPaging());
        server.registerInterceptor(new FhirErrors());
        server.setImplementationDescription("HIS – BHYT encounters and claims (FHIR R4)");
        ServletRegistrationBean<RestfulServer> bean = new ServletRegistrationBean<>(server, "/fhir/*");
        bean.setName("fhir");
        // initialised after readiness by FhirWarmUp (or by the first FHIR request), not during start-up
        bean.setLoadOnStartup(-1);
        return bean;
    }
}
