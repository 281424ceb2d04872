package vn.his.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The CSV files committed under db/reference/, read from the classpath as the application reads them. */
class CommittedReferenceFilesTest {

    private static <T> List<T> all(ReferenceFile<T> file) {
        try (Stream<T> rows = file.readFromClasspath()) {
            return rows.toList();
        }
    }

    private static <T> void assertSortedAndUnique(List<T> rows, Function<T, String> key) {
        List<String> keys = rows.stream().map(key).toList();
        assertThat(keys).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void everyFileIsUtf8WithoutBomWithLfLineEnds() throws IOException {
        for (ReferenceFile<?> file : ReferenceFile.all()) {
            byte[] bytes;
            try (InputStream in = ReferenceFile.class.getClassLoader().getResourceAsStream(file.resource())) {
                assertThat(in).as(file.resource()).isNotNull();
                bytes = in.readAllBytes();
            }
            assertThat(bytes.length).as(file.resource()).isGreaterThan(3);
            assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).as(file.resource() + " BOM")
                    .isNotEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            assertThat(bytes).as(file.resource() + " has no CR").doesNotContain((byte) '\r');
            assertThat(bytes[bytes.length - 1]).as(file.resource() + " ends with LF").isEqualTo((byte) '\n');
        }
    }

    @Test
    void adminUnits2024ParseFullyAndAreSortedAndUnique() {
        List<AdminUnitRow> units = all(ReferenceFile.ADMIN_UNITS_2024);
        System.out.println("admin-units-2024-06-11.csv: " + units.size() + " rows");
        assertThat(units).hasSizeBetween(10_000, 11_000);
        assertSortedAndUnique(units, u -> u.provinceCode() + u.districtCode() + u.communeCode());
        List<String> communes = units.stream().filter(AdminUnitRow::hasCommune).map(AdminUnitRow::communeCode).toList();
        assertThat(communes).hasSize(10_595).doesNotHaveDuplicates(); // commune codes are not ordered across districts
        assertThat(units.stream().map(AdminUnitRow::provinceCode).distinct()).hasSize(63);
        assertThat(units.stream().map(AdminUnitRow::communeLevel).filter(l -> !l.isEmpty()).distinct())
                .containsExactlyInAnyOrder("Phường", "Thị trấn", "Xã");
        assertThat(units).filteredOn(u -> !u.hasCommune()).extracting(AdminUnitRow::districtName)
                .containsExactly("Huyện Bạch Long Vĩ", "Huyện Cồn Cỏ", "Huyện Hoàng Sa", "Huyện Lý Sơn", "Huyện Côn Đảo");
    }

    @Test
    void ngheAnIsPresentWithItsDistrictsAndCommunes() {
        List<AdminUnitRow> ngheAn = all(ReferenceFile.ADMIN_UNITS_2024).stream()
                .filter(u -> u.provinceCode().equals("40")).toList();
        assertThat(ngheAn).isNotEmpty().allSatisfy(u -> assertThat(u.provinceName()).isEqualTo("Tỉnh Nghệ An"));
        Map<String, String> districts = ngheAn.stream()
                .collect(Collectors.toMap(AdminUnitRow::districtCode, AdminUnitRow::districtName, (a, b) -> a));
        assertThat(districts).hasSize(21)
                .containsEntry("412", "Thành phố Vinh")
                .containsEntry("414", "Thị xã Thái Hoà")
                .containsEntry("432", "Thị xã Hoàng Mai");
        assertThat(ngheAn).hasSize(460).allSatisfy(u -> assertThat(u.hasCommune()).isTrue());
        assertThat(ngheAn).anySatisfy(u -> {
            assertThat(u.communeCode()).isEqualTo("16663");
            assertThat(u.communeName()).isEqualTo("Phường Đông Vĩnh");
            assertThat(u.districtCode()).isEqualTo("412");
        });
    }

    @Test
    void icd10ParsesFullyWithOneRowPerCode() {
        List<Icd10Row> codes = all(ReferenceFile.ICD10_QD4469);
        System.out.println("icd10-qd4469-2020.csv: " + codes.size() + " rows");
        assertThat(codes).hasSizeBetween(11_000, 13_000);
        assertSortedAndUnique(codes, Icd10Row::code);
        assertThat(codes).extracting(Icd10Row::code).contains("A00", "A00.0", "A09", "I10", "J13", "M01.00", "U84.9");
        assertThat(codes.stream().map(Icd10Row::chapterCode).distinct()).hasSize(22);
        Map<String, Icd10Row> byCode = codes.stream().collect(Collectors.toMap(Icd10Row::code, r -> r));
        assertThat(byCode.get("A00.0").nameVi()).isEqualTo("Bệnh tả do Vibrio cholerae 01, typ sinh học cholerae");
        assertThat(byCode.get("A00.0").nameEn()).isEqualTo("Cholera due to Vibrio cholerae 01, biovar cholerae");
        assertThat(byCode.get("A00.0").chapterCode()).isEqualTo("A00-B99");
        assertThat(byCode.get("A00.0").groupCode()).isEqualTo("A00-A09");
        assertThat(byCode.get("A17").mark()).isEqualTo(Icd10Row.Mark.DAGGER);
        assertThat(byCode.get("G01").mark()).isEqualTo(Icd10Row.Mark.ASTERISK);
        // every subcategory has its category listed too
        Set<String> codeSet = byCode.keySet();
        assertThat(codes).allSatisfy(r -> assertThat(codeSet).contains(r.category()));
        // the chapter range contains the code and its group
        assertThat(codes).allSatisfy(r -> {
            assertThat(inRange(r.category(), r.chapterCode())).as(r.code() + " in " + r.chapterCode()).isTrue();
            assertThat(inRange(r.groupCode().substring(0, 3), r.chapterCode())).as(r.groupCode() + " in " + r.chapterCode()).isTrue();
        });
        // the group range contains the code, except for one slip of the official sheet kept as published (README)
        assertThat(codes).filteredOn(r -> !inRange(r.category(), r.groupCode()))
                .extracting(r -> r.code() + " " + r.groupCode()).containsExactly("I79.2 I80-I89");
    }

    private static boolean inRange(String category, String range) {
        return category.compareTo(range.substring(0, 3)) >= 0 && category.compareTo(range.substring(4)) <= 0;
    }

    @Test
    void icd9ParsesFullyWithOneRowPerCode() {
        List<Icd9Row> codes = all(ReferenceFile.ICD9CM_QD4440);
        System.out.println("icd9cm-qd4440-2020.csv: " + codes.size() + " rows");
        assertThat(codes).hasSizeBetween(1_000, 2_000);
        assertSortedAndUnique(codes, Icd9Row::code);
        assertThat(codes).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("88.73");
            assertThat(r.nameVi()).isEqualTo("Siêu âm chẩn đoán ở vị trí khác của ngực");
        });
        assertThat(codes).allSatisfy(r -> assertThat(r.nameEn()).isEmpty());
    }

    @Test
    void provinces2025AreThe34OfTheMergerCoveringEveryOldProvinceOnce() {
        List<ProvinceRow> provinces = all(ReferenceFile.PROVINCES_2025);
        assertThat(provinces).hasSize(34);
        assertSortedAndUnique(provinces, ProvinceRow::provinceCode);
        assertThat(provinces).allSatisfy(p -> {
            assertThat(p.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
            // the merged province keeps the code of one of its members (where the new committee sits)
            assertThat(p.mergedFromCodes()).contains(p.provinceCode());
        });
        List<String> oldCodes = new ArrayList<>();
        provinces.forEach(p -> oldCodes.addAll(p.mergedFromCodes()));
        Set<String> provinces2024 = all(ReferenceFile.ADMIN_UNITS_2024).stream()
                .map(AdminUnitRow::provinceCode).collect(Collectors.toCollection(TreeSet::new));
        assertThat(oldCodes).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(oldCodes)).isEqualTo(provinces2024);
        assertThat(provinces).filteredOn(p -> p.mergedFromCodes().size() == 1).hasSize(11);

        Map<String, ProvinceRow> byCode = provinces.stream().collect(Collectors.toMap(ProvinceRow::provinceCode, p -> p));
        assertThat(byCode.get("40").provinceName()).isEqualTo("Tỉnh Nghệ An");
        assertThat(byCode.get("40").mergedFromCodes()).containsExactly("40");
        assertThat(byCode.get("24").provinceName()).isEqualTo("Tỉnh Bắc Ninh");
        assertThat(byCode.get("24").mergedFromCodes()).containsExactly("24", "27");
        assertThat(byCode.get("79").mergedFromCodes()).containsExactly("74", "77", "79");
        assertThat(byCode).doesNotContainKeys("27", "02", "10");
        assertThat(provinces.stream().map(ProvinceRow::mergedFromCodes).map(l -> new HashSet<>(l).size()).reduce(0, Integer::sum))
                .isEqualTo(63);
        assertThat(provinces.stream().sorted(Comparator.comparing(ProvinceRow::provinceCode)).toList()).isEqualTo(provinces);
    }
}
