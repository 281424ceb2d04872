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
 * The whole application on a random port with its own database, no demo and no reference data (tests add the ICD-10
 * codes they need): one shared Spring context for the API, security and FHIR tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"his.demo.load=false", "his.reference.load-on-startup=false"})
public @interface WebTest {
}
