package vn.his.web.fhir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Initialises the FHIR servlet after the application is ready instead of during start-up: HAPI's RestfulServer
 * scans the providers and builds the R4 model (about 2 s on a 2-core machine), which held back readiness although
 * no FHIR request can arrive before the server listens. Once ready, one request to the public
 * {@code /fhir/metadata} on loopback makes Tomcat initialise the servlet in the background; a FHIR request arriving
 * meanwhile waits for that initialisation, as it would have waited at start-up. A failed warm-up is logged and
 * leaves the initialisation to the first FHIR request.
 */
@Component
@ConditionalOnWebApplication
class FhirWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(FhirWarmUp.class);

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)
                || web.getWebServer() == null || web.getWebServer().getPort() <= 0) {
            return;
        }
        URI metadata = URI.create("http://127.0.0.1:" + web.getWebServer().getPort() + "/fhir/metadata");
        Thread thread = new Thread(() -> warm(metadata), "fhir-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warm(URI metadata) {
        long start = System.nanoTime();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<Void> reply = client.send(HttpRequest.newBuilder(metadata).timeout(Duration.ofMinutes(2))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            LOG.info("FHIR server initialised after start-up: {} answered {} in {} ms", metadata, reply.statusCode(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            LOG.warn("FHIR warm-up request to {} failed; the FHIR server initialises on its first request", metadata,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
