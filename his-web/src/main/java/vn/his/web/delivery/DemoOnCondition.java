package vn.his.web.delivery;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The demo is on (see {@link DemoDelivery#demoOn}). */
class DemoOnCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return DemoDelivery.demoOn(context.getEnvironment());
    }
}
