package vn.his.core.reference.load;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads new or changed reference data when the application starts (his.reference.load-on-startup, default true). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty(name = "his.reference.load-on-startup", matchIfMissing = true)
public class ReferenceDataStartup implements ApplicationRunner {

    private final ReferenceDataLoader loader;

    public ReferenceDataStartup(ReferenceDataLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.loadAll();
    }
}
