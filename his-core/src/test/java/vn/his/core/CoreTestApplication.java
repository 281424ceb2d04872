package vn.his.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring context of his-core's database tests: core's components, JPA and Flyway. */
@SpringBootApplication
public class CoreTestApplication {
}
