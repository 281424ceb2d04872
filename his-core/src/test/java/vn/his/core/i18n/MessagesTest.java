package vn.his.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void vietnameseIsTheDefaultAndKeepsDiacritics() {
        assertThat(Messages.vi("test.hello", "Nguyễn")).isEqualTo("Xin chào Nguyễn");
    }

    @Test
    void englishIsTheSecondLocale() {
        assertThat(Messages.get(Locale.ENGLISH, "test.hello", "Nam")).isEqualTo("Hello Nam");
    }

    @Test
    void unknownKeyIsAnError() {
        assertThatThrownBy(() -> Messages.vi("no.such.key")).isInstanceOf(MissingResourceException.class);
    }
}
