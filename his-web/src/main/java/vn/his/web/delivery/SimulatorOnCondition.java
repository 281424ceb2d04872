package vn.his.web.delivery;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The demo is on and {@code his.gateway.simulator.enabled} is not false (see {@link DemoDelivery#simulatorOn}). */
class SimulatorOnCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return DemoDelivery.simulatorOn(context.getEnvironment());
    }
}
