package vn.his.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The one executable of the HIS: scans every module under {@code vn.his}. */
@SpringBootApplication(scanBasePackages = "vn.his")
public class HisApplication {
    public static void main(String[] args) {
        SpringApplication.run(HisApplication.class, args);
    }
}
