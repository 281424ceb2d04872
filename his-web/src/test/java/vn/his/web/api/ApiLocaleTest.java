package vn.his.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.his.core.i18n.Messages;

class ApiLocaleTest {

    @Test
    void vietnameseUnlessEnglishIsPreferred() {
        assertThat(ApiLocale.of((String) null)).isEqualTo(Messages.VIETNAMESE);
        assertThat(ApiLocale.of("en-US,en;q=0.9,vi;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLocale.of("vi-VN,en;q=0.5")).isEqualTo(Messages.VIETNAMESE);
        assertThat(ApiLocale.of("fr-FR,en;q=0.3")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLocale.of("de")).isEqualTo(Messages.VIETNAMESE);
        assertThat(ApiLocale.of(";;;=")).isEqualTo(Messages.VIETNAMESE);
    }

    @Test
    void domainRefusalsPointAtTheirField() {
        assertThat(DomainFields.fieldOf("patient.citizenId.invalid")).isEqualTo("citizenId");
        assertThat(DomainFields.fieldOf("card.number.length")).isEqualTo("cardNumber");
        assertThat(DomainFields.fieldOf("encounter.type.invalid")).isEqualTo("encounterType");
        assertThat(DomainFields.fieldOf("encounter.icd.tooManySecondary")).isEqualTo("secondaryIcd10");
        assertThat(DomainFields.fieldOf("encounter.notEditable")).isNull();
    }
}
