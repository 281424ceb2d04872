package vn.his.web.demo;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.his.core.facility.FacilityRepository;

/** Loads the demo province after the reference data, when {@link DemoLoadCondition} says so. */
@Component
@Order(100)
public class DemoStartup implements ApplicationRunner {

    private final DemoProvince demo;
    private final FacilityRepository facilities;
    private final DataSource dataSource;
    private final String setting;
    private final long seed;

    public DemoStartup(DemoProvince demo, FacilityRepository facilities, DataSource dataSource,
                       @Value("${his.demo.load:auto}") String setting, @Value("${his.demo.seed:40}") long seed) {
        this.demo = demo;
        this.facilities = facilities;
        this.dataSource = dataSource;
        this.setting = setting;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String url;
        try (var c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        if (DemoLoadCondition.shouldLoad(setting, url, facilities.count())) {
            demo.load(seed);
        }
    }
}
