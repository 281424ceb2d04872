package vn.his.core.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A persistence or integration test: runs in a Spring context on H2 and again on MariaDB (tag {@code db}).
 * The context is the module's test application (the {@code @SpringBootConfiguration} found above the test's package).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("db")
@ExtendWith(DatabaseAvailability.class)
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface DatabaseTest {
}
