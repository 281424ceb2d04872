package vn.his.export.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ResultCodeTablesTest {

    private static final Locale EN = Locale.ENGLISH;
    private final SubmissionOutcomes outcomes = SubmissionOutcomes.standard();
    private final GatewayMessages messages = GatewayMessages.standard();

    @Test
    void onlyTwoHundredIsAccepted() {
        assertThat(outcomes.classify("200")).isEqualTo(SubmissionOutcome.ACCEPTED);
        assertThat(outcomes.classify(" 200 ")).isEqualTo(SubmissionOutcome.ACCEPTED);
    }

    @Test
    void transientCodesAreRetryable() {
        for (String code : new String[] {"124", "500", "401"}) {
            assertThat(outcomes.classify(code)).as(code).isEqualTo(SubmissionOutcome.RETRYABLE);
        }
    }

    @Test
    void formatAndContentCodesAndUnknownCodesAreRejected() {
        for (String code : new String[] {"205", "123", "701", "1001", "403", "202", "999", "abc"}) {
            assertThat(outcomes.classify(code)).as(code).isEqualTo(SubmissionOutcome.REJECTED);
        }
    }

    @Test
    void tableRefusesAcceptingAnythingButTwoHundred() {
        assertThatThrownBy(() -> new SubmissionOutcomes(Map.of("200", SubmissionOutcome.ACCEPTED,
                "201", SubmissionOutcome.ACCEPTED))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubmissionOutcomes(Map.of("200", SubmissionOutcome.RETRYABLE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyClassifiedCodeHasVietnameseAndEnglishExplanations() throws Exception {
        Properties table = load(SubmissionOutcomes.RESOURCE);
        assertThat(table).isNotEmpty();
        for (String code : table.stringPropertyNames()) {
            assertThat(messages.submissionCode(GatewayMessages.VIETNAMESE, code)).as(code).startsWith(code + ": ");
            assertThat(messages.submissionCode(EN, code)).as(code).startsWith(code + ": ")
                    .isNotEqualTo(messages.submissionCode(GatewayMessages.VIETNAMESE, code));
        }
        assertThat(messages.submissionCode(GatewayMessages.VIETNAMESE, "205"))
                .isEqualTo("205: Sai định dạng tham số — kiểm tra lại username, loaiHoSo, maTinh, maCSKCB và fileHSBase64 (base64 chuẩn, mã hóa form).");
        assertThat(messages.submissionCode(GatewayMessages.VIETNAMESE, "777")).contains("777", "chưa có trong bảng mã");
    }

    @Test
    void everyCardCodeOfTheRulesHasAnExplanation() {
        // bhyt-rules.md §1.3 and xml130.md §5.5
        String[] codes = {"000", "001", "002", "003", "004", "010", "050", "051", "052", "053", "054", "055", "060",
                "061", "070", "100", "101", "110", "120", "121", "122", "123", "124", "130", "205", "401", "500"};
        for (String code : codes) {
            assertThat(messages.has("card." + code)).as(code).isTrue();
            assertThat(messages.cardCode(EN, code)).as(code).doesNotContain("not in the code table");
        }
        for (int check = 0; check <= 11; check++) {
            String code = String.format("%02d", check);
            assertThat(messages.cardCheckCode(GatewayMessages.VIETNAMESE, code)).as(code).doesNotContain("chưa có");
        }
    }

    @Test
    void vietnameseAndEnglishFilesHaveTheSameKeysAndValidPatterns() throws Exception {
        Properties vi = load("gateway/result-codes_vi.properties");
        Properties en = load("gateway/result-codes_en.properties");

        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
        for (Properties texts : new Properties[] {vi, en}) {
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                assertThat(pattern).as(key).isNotBlank();
                // every text must survive MessageFormat (no stray apostrophes swallowing placeholders)
                assertThat(new MessageFormat(pattern).format(new Object[] {"A", "B", "C"})).as(key).doesNotContain("{");
            }
        }
        assertThat(vi.getProperty("card.061")).isEqualTo("Thẻ sai họ tên (đúng ký tự đầu).");
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ResultCodeTablesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
