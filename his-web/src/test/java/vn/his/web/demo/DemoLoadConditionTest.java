package vn.his.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoLoadConditionTest {

    @Test
    void autoLoadsOnlyIntoAnEmptyEmbeddedDatabase() {
        assertThat(DemoLoadCondition.shouldLoad("auto", "jdbc:h2:file:./data/his", 0)).isTrue();
        assertThat(DemoLoadCondition.shouldLoad("auto", "jdbc:h2:file:./data/his", 3)).isFalse();
        assertThat(DemoLoadCondition.shouldLoad("auto", "jdbc:mysql://127.0.0.1:3306/his", 0)).isFalse();
        assertThat(DemoLoadCondition.shouldLoad("true", "jdbc:mysql://127.0.0.1:3306/his", 0)).isTrue();
        assertThat(DemoLoadCondition.shouldLoad("false", "jdbc:h2:mem:x", 0)).isFalse();
        assertThatThrownBy(() -> DemoLoadCondition.shouldLoad("yes", "jdbc:h2:mem:x", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
