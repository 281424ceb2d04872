package vn.his.web.admin.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.his.core.common.DomainException;
import vn.his.core.encounter.OrderKind;
import vn.his.web.admin.catalog.CatalogImportPlan.Reason;

/** The import rules without a database: added, changed, unchanged, closed periods and every refusal reason. */
class CatalogImportPlannerTest {

    static final String HEADER = "LOAI,MA,TEN,NHOM,DON_VI,DON_GIA_BV,DON_GIA_BH,TYLE_TT_BH,PHAM_VI,TU_NGAY,DEN_NGAY\n";

    static final ItemValues STORED = new ItemValues(7L, OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần",
            new BigDecimal("34500.000"), new BigDecimal("34500.000"), 100, 1, LocalDate.of(2020, 1, 1), null, null, null,
            null, null, null, null);

    static CatalogImportPlan plan(String rows) {
        byte[] bytes = ("\uFEFF" + HEADER + rows).getBytes(StandardCharsets.UTF_8);
        return CatalogImportPlanner.plan(CatalogFileReader.read("danh-muc.csv", bytes), List.of(STORED));
    }

    static List<String> keys(CatalogImportPlan p, int i) {
        return p.refused().get(i).reasons().stream().map(Reason::key).toList();
    }

    @Test
    void sameValuesAreUnchangedOtherValuesChangeAndANewPeriodClosesTheOpenOne() {
        CatalogImportPlan p = plan("DICH_VU,02.1896,Khám Nội,13,Lần,34500,34500,100,1,01/01/2020,\n"
                + "DICH_VU,02.1897,Khám Nhi,13,Lần,45300,,,,2026-01-01,\n");
        assertThat(p.unchanged()).isEqualTo(1);
        assertThat(p.added()).singleElement().satisfies(a -> {
            assertThat(a.values().insurancePrice()).isEqualByComparingTo("45300");
            assertThat(a.values().insuranceRatio()).isEqualTo(100);
            assertThat(a.line()).isEqualTo(3);
        });
        CatalogImportPlan q = plan("DICH_VU,02.1896,Khám Nội,13,Lần,36000,36000,100,1,01/01/2020,\n"
                + "DICH_VU,02.1896,Khám Nội,13,Lần,45300,45300,100,1,01/12/2026,\n");
        assertThat(q.changed()).singleElement().satisfies(c -> {
            assertThat(c.values().id()).isEqualTo(7L);
            assertThat(c.before().hospitalPrice()).isEqualByComparingTo("34500");
        });
        assertThat(q.added()).hasSize(1);
        assertThat(q.closed()).singleElement().satisfies(c -> assertThat(c.validTo()).isEqualTo(LocalDate.of(2026, 11, 30)));
        assertThat(q.hash()).isEqualTo(plan("DICH_VU,02.1896,Khám Nội,13,Lần,36000,36000,100,1,01/01/2020,\n"
                + "DICH_VU,02.1896,Khám Nội,13,Lần,45300,45300,100,1,01/12/2026,\n").hash()).isNotEqualTo(p.hash());
    }

    @Test
    void everyBadRowIsRefusedWithItsReasons() {
        CatalogImportPlan p = plan(String.join("\n",
                "THUOC_LA,X1,Tên,4,Viên,100,,,,01/01/2026,",          // 2 unknown kind
                "THUOC,40.48,Para,13,Viên,100,,,,01/01/2026,",        // 3 cost group of a service
                "THUOC,40.49,Para,4,Viên,12.345.000,,,,01/01/2026,",  // 4 bad price
                "THUOC,40.50,Para,4,Viên,-5,,,,01/01/2026,",          // 5 negative price
                "THUOC,40.51,Para,4,Viên,100,,,,31/02/2026,",         // 6 bad date
                "THUOC,40.52,Para,4,Viên,100,,,,01/03/2026,01/02/2026", // 7 end before start
                "THUOC,40.53,Para,4,Viên,100,200,,,01/01/2026,",      // 8 insurance above hospital
                "THUOC,40.54,,4,Viên,100,,101,,01/01/2026,",          // 9 no name, ratio > 100
                "THUOC,40.55,Para,4,Viên,100,,,,01/01/2026,",         // 10 fine
                "THUOC,40.55,Para,4,Viên,120,,,,01/01/2026,",         // 11 duplicate of line 10
                "DICH_VU,02.1896,Khám Nội,13,Lần,1,,,,01/01/2019,31/12/2020", // 12 overlaps the stored period
                "DICH_VU,02 1896,Khám,13,Lần,1,,,,01/01/2019,") + "\n"); // 13 space in the code
        assertThat(p.added()).singleElement().satisfies(a -> assertThat(a.line()).isEqualTo(10));
        assertThat(p.refused()).extracting(CatalogImportPlan.Refused::line)
                .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 11L, 12L, 13L);
        assertThat(keys(p, 0)).containsExactly("admin.catalog.row.kind");
        assertThat(keys(p, 1)).containsExactly("admin.catalog.row.costGroup");
        assertThat(keys(p, 2)).containsExactly("admin.catalog.row.price");
        assertThat(keys(p, 3)).containsExactly("admin.catalog.row.price");
        assertThat(keys(p, 4)).containsExactly("admin.catalog.row.date");
        assertThat(keys(p, 5)).containsExactly("admin.catalog.row.dates");
        assertThat(keys(p, 6)).containsExactly("admin.catalog.row.insuranceAbove");
        assertThat(keys(p, 7)).containsExactly("admin.catalog.row.required", "admin.catalog.row.integer");
        assertThat(keys(p, 8)).containsExactly("admin.catalog.row.duplicate");
        assertThat(keys(p, 9)).containsExactly("admin.catalog.row.overlap");
        assertThat(keys(p, 10)).containsExactly("admin.catalog.row.code");
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrOfAnotherTypeIsRefusedWhole() {
        assertThatThrownBy(() -> CatalogImportPlanner.plan(CatalogFileReader.read("a.csv",
                "MA,TEN\nX,Y\n".getBytes(StandardCharsets.UTF_8)), List.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("LOAI, NHOM, DON_VI, DON_GIA_BV, TU_NGAY");
        assertThatThrownBy(() -> CatalogFileReader.read("a.pdf", new byte[] {1}))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("admin.catalog.file.type");
        assertThatThrownBy(() -> CatalogFileReader.read("a.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("admin.catalog.file.xlsx");
    }
}
