package vn.his.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The one executable of the HIS: components, entities and repositories of every module under {@code vn.his}. */
@SpringBootApplication(scanBasePackages = "vn.his")
@EntityScan("vn.his")
@EnableJpaRepositories("vn.his")
public class HisApplication {
    public static void main(String[] args) {
        SpringApplication.run(HisApplication.class, args);
    }
}
