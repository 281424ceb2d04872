package vn.his.web.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.his.export.assessment.Severity;
import vn.his.export.claim.StoredFinding;

/** Findings placed on the row (table + STT) or field they name, the rest with the claim. */
class FindingIndexTest {

    @Test
    void findingsArePlacedOnTheirRowFieldOrTheClaim() {
        StoredFinding row = new StoredFinding(Severity.ERROR, "XML3", "MA_DICH_VU", 2, "SERVICE_NOT_IN_CATALOGUE",
                List.of("22.0120.1370", "12/11/2026"), "Dịch vụ 22.0120.1370 không có trong danh mục");
        StoredFinding field = new StoredFinding(Severity.WARNING, "XML1", "CAN_NANG", null, "FIELD_REQUIRED",
                List.of("CAN_NANG"), "Thiếu trường bắt buộc CAN_NANG");
        StoredFinding claim = new StoredFinding(Severity.ERROR, "XML5", null, null, "TABLE_NOT_RELEVANT",
                List.of("XML5", "01", "1"), "Bảng XML5 không thuộc hồ sơ này");
        FindingIndex idx = new FindingIndex(List.of(row, field, claim), Locale.forLanguageTag("vi"));
        assertThat(idx.count()).isEqualTo(3);
        assertThat(idx.row("XML3", 2)).singleElement().satisfies(f -> assertThat(f.error()).isTrue());
        assertThat(idx.row("XML3", 1)).isEmpty();
        assertThat(idx.row("XML2", 2)).isEmpty();
        assertThat(idx.row("XML3", null)).isEmpty();
        assertThat(idx.field("XML1", "CAN_NANG")).singleElement().satisfies(f -> assertThat(f.error()).isFalse());
        assertThat(idx.general()).extracting(FindingIndex.Shown::ruleId).containsExactly("TABLE_NOT_RELEVANT");
        assertThat(idx.row("XML3", 2).get(0).message()).contains("22.0120.1370");
        assertThat(idx.unplaced("XML3", List.of(1))).extracting(FindingIndex.Shown::stt).containsExactly(2);
        assertThat(idx.unplaced("XML3", List.of(1, 2))).isEmpty();
    }
}
