package vn.his.web.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import vn.his.core.testsupport.DatabaseTest;

/**
 * The whole application on a random port with its own database, like {@link WebTest}, but without the outbox
 * scheduler and the demo gateway simulator: the tests of the submission API and of the insurance officer's screens
 * drive delivery themselves ({@link GatewayVerdicts}), so no scheduled job takes their rows meanwhile. One shared
 * Spring context for those tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"his.demo.load=false", "his.reference.load-on-startup=false",
        "his.outbox.scheduler.enabled=false", "his.gateway.simulator.enabled=false",
        "his.gateway.credential-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="})
public @interface DeliveryWebTest {
}
