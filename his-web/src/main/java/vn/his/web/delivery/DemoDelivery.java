package vn.his.web.delivery;

import org.springframework.core.env.Environment;

import vn.his.web.demo.DemoLoadCondition;

/**
 * Whether the demo delivery loop is on: the demo is on ({@code his.demo.load}: {@code auto} on the embedded H2
 * database, {@code true} on any database — the same rule as the demo province, whatever the number of facilities, so
 * that it stays on after the first start), and for the simulator also {@code his.gateway.simulator.enabled}
 * (default true).
 */
final class DemoDelivery {

    private DemoDelivery() {
    }

    static boolean demoOn(Environment environment) {
        return DemoLoadCondition.shouldLoad(environment.getProperty("his.demo.load", "auto"),
                environment.getProperty("spring.datasource.url"), 0);
    }

    static boolean simulatorOn(Environment environment) {
        return demoOn(environment)
                && environment.getProperty("his.gateway.simulator.enabled", Boolean.class, Boolean.TRUE);
    }
}
