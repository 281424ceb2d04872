package vn.his.export.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.his.core.common.DomainException;

class SchemaCatalogTest {

    private final SchemaCatalog catalog = SchemaCatalog.loadFromClasspath();

    @Test
    void versionsFollowTheDecisions() {
        assertThat(catalog.versions()).extracting(SchemaVersion::id).containsExactly("QD4750", "QD3176", "QD1931");
        assertThat(catalog.versionOn(LocalDate.of(2024, 7, 1)).id()).isEqualTo("QD4750");
        assertThat(catalog.versionOn(LocalDate.of(2024, 12, 31)).id()).isEqualTo("QD4750");
        assertThat(catalog.versionOn(LocalDate.of(2025, 1, 1)).id()).isEqualTo("QD3176");
        assertThat(catalog.versionOn(LocalDate.of(2026, 6, 30)).id()).isEqualTo("QD3176");
        assertThat(catalog.versionOn(LocalDate.of(2026, 7, 1)).id()).isEqualTo("QD1931");
        assertThatThrownBy(() -> catalog.versionOn(LocalDate.of(2024, 6, 30))).isInstanceOf(DomainException.class);
    }

    @Test
    void everyTableOfTheAppendixIsThere() {
        assertThat(catalog.tables("QD4750")).containsExactlyElementsOf(SchemaCatalog.TABLES);
        assertThat(catalog.table("XML0", "QD4750").fields()).hasSize(26);
        assertThat(catalog.table("XML1", "QD4750").fields()).hasSize(66);
        assertThat(catalog.table("XML2", "QD4750").fields()).hasSize(39);
        assertThat(catalog.table("XML3", "QD4750").fields()).hasSize(47);
        assertThat(catalog.table("XML4", "QD4750").fields()).hasSize(12);
        assertThat(catalog.table("XML5", "QD4750").fields()).hasSize(9);
    }

    @Test
    void fieldRulesComeFromTheAppendixAndTheGateway() {
        TableSpec xml1 = catalog.table("XML1", "QD4750");
        assertThat(xml1.elementNames()).startsWith("MA_LK", "STT", "MA_BN", "HO_TEN", "SO_CCCD", "NGAY_SINH",
                "GIOI_TINH", "NHOM_MAU");
        FieldSpec doiTuong = xml1.field("MA_DOITUONG_KCB").orElseThrow();
        assertThat(doiTuong.type()).isEqualTo(FieldType.STR);
        assertThat(doiTuong.maxLength()).isEqualTo(4);
        assertThat(xml1.field("STT").orElseThrow().required()).isEqualTo(Requirement.N);
        assertThat(xml1.field("T_TONGCHI_BV").orElseThrow().decimals()).isEqualTo(2);
        FieldSpec qty = catalog.table("XML2", "QD4750").field("SO_LUONG").orElseThrow();
        assertThat(qty.format()).isEqualTo(FieldFormat.QUANTITY);
        assertThat(qty.decimals()).isEqualTo(3);
        FieldSpec tender = catalog.table("XML2", "QD4750").field("TT_THAU").orElseThrow();
        assertThat(tender.required()).isEqualTo(Requirement.C);
        assertThat(tender.note()).contains("7,17");
        assertThat(catalog.table("XML0", "QD4750").field("NGAY_VAO").orElseThrow().format()).isEqualTo(FieldFormat.DATE12);
        assertThat(catalog.table("XML1", "QD4750").field("GT_THE_TU").orElseThrow().format())
                .isEqualTo(FieldFormat.DATE8_LIST);
    }

    @Test
    void qd3176ChangesTheReferralLetter() {
        TableSpec before = catalog.table("XML13", LocalDate.of(2024, 10, 1));
        TableSpec after = catalog.table("XML13", LocalDate.of(2025, 3, 1));
        assertThat(before.elementNames()).contains("MA_NOI_DI", "MA_NOI_DEN", "TEN_DICH_VU", "TEN_THUOC", "PP_DIEU_TRI")
                .doesNotContain("MA_CSKCB_DI", "TINH_TRANG_CT");
        assertThat(after.elementNames()).contains("MA_CSKCB_DI", "MA_CSKCB_DEN", "TINH_TRANG_CT")
                .doesNotContain("MA_NOI_DI", "MA_NOI_DEN", "TEN_DICH_VU", "TEN_THUOC", "PP_DIEU_TRI");
        assertThat(after.elementNames().indexOf("MA_CSKCB_DI")).isEqualTo(before.elementNames().indexOf("MA_NOI_DI"));
        assertThat(after.fields()).hasSize(before.fields().size() - 2);
    }

    @Test
    void qd1931WidensTheBenefitLevel() {
        assertThat(catalog.table("XML2", LocalDate.of(2026, 6, 30)).field("MUC_HUONG").orElseThrow().maxLength())
                .isEqualTo(3);
        assertThat(catalog.table("XML2", LocalDate.of(2026, 7, 1)).field("MUC_HUONG").orElseThrow().maxLength())
                .isEqualTo(4);
        assertThat(catalog.table("XML3", LocalDate.of(2026, 7, 1)).field("MUC_HUONG").orElseThrow().maxLength())
                .isEqualTo(4);
    }

    @Test
    void refusesUnknownTablesAndVersions() {
        assertThatThrownBy(() -> catalog.table("XML99", "QD4750")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> catalog.version("QD9999")).isInstanceOf(DomainException.class);
    }
}
