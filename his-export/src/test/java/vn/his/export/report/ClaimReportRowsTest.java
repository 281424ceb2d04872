package vn.his.export.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.his.core.common.DomainException;
import vn.his.export.claim.ClaimStatus;

/** Report rows from stored table bytes: cost groups by MA_NHOM, encounter kind by MA_LOAI_KCB, DOCTYPE refused. */
class ClaimReportRowsTest {

    static final String XML1 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><TONG_HOP><MA_LK>LK1</MA_LK>"
            + "<HO_TEN>Nguyễn Thị Ánh</HO_TEN><MA_LOAI_KCB>03</MA_LOAI_KCB><NGAY_VAO>202611020800</NGAY_VAO>"
            + "<NGAY_RA>202611051000</NGAY_RA><SO_NGAY_DTRI>4</SO_NGAY_DTRI><T_TONGCHI_BV>1000.50</T_TONGCHI_BV>"
            + "<T_TONGCHI_BH>900</T_TONGCHI_BH><T_BHTT>720</T_BHTT><T_BNCCT>180</T_BNCCT><T_BNTT>100.50</T_BNTT>"
            + "</TONG_HOP>";

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String line(int maNhom, String amount) {
        return "<CHI_TIET><MA_NHOM>" + maNhom + "</MA_NHOM><THANH_TIEN_BV>" + amount + "</THANH_TIEN_BV></CHI_TIET>";
    }

    @Test
    void groupsTheLinesByMaNhomAndTheEncounterByMaLoaiKcb() {
        byte[] xml2 = utf8("<CHITIEU_CHITIET_THUOC><DSACH_CHI_TIET_THUOC>" + line(4, "100.25") + line(7, "50")
                + "</DSACH_CHI_TIET_THUOC></CHITIEU_CHITIET_THUOC>");
        byte[] xml3 = utf8("<CHITIEU_CHITIET_DVKT_VTYT><DSACH_CHI_TIET_DVKT>" + line(13, "45") + line(15, "300")
                + line(16, "20") + line(1, "60") + line(3, "40") + line(18, "200") + line(10, "85.25")
                + line(12, "80") + line(19, "20") + "</DSACH_CHI_TIET_DVKT></CHITIEU_CHITIET_DVKT_VTYT>");
        ClaimReportRow row = ClaimReportRows.row(7, 2, ClaimStatus.QUEUED, "40001", utf8(XML1), xml2, xml3);
        assertThat(row.kind()).isEqualTo(EncounterKind.INPATIENT);
        assertThat(row.hoTen()).isEqualTo("Nguyễn Thị Ánh");
        assertThat(row.cost(CostGroup.DRUG)).isEqualByComparingTo("100.25");
        assertThat(row.cost(CostGroup.BLOOD)).isEqualByComparingTo("50");
        assertThat(row.cost(CostGroup.EXAM)).isEqualByComparingTo("45");
        assertThat(row.cost(CostGroup.BED)).isEqualByComparingTo("320");
        assertThat(row.cost(CostGroup.TEST)).isEqualByComparingTo("60");
        assertThat(row.cost(CostGroup.IMAGING)).isEqualByComparingTo("40");
        assertThat(row.cost(CostGroup.PROCEDURE)).isEqualByComparingTo("200");
        assertThat(row.cost(CostGroup.SUPPLY)).isEqualByComparingTo("85.25");
        assertThat(row.cost(CostGroup.TRANSPORT)).isEqualByComparingTo("80");
        assertThat(row.cost(CostGroup.OTHER)).isEqualByComparingTo("20");
        assertThat(row.costs().values().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo(row.tTongchiBv());
        assertThat(row.ngayRa()).isEqualTo(java.time.LocalDateTime.of(2026, 11, 5, 10, 0));
        assertThat(row.soNgayDtri()).isEqualTo(4);
    }

    @Test
    void encounterKindsFollowTheForm01BhGrouping() {
        assertThat(EncounterKind.ofMaLoaiKcb("01")).isEqualTo(EncounterKind.OUTPATIENT);
        assertThat(EncounterKind.ofMaLoaiKcb("07")).isEqualTo(EncounterKind.OUTPATIENT);
        assertThat(EncounterKind.ofMaLoaiKcb("05")).isEqualTo(EncounterKind.OUTPATIENT_TREATMENT);
        assertThat(EncounterKind.ofMaLoaiKcb("09")).isEqualTo(EncounterKind.DAY_TREATMENT);
        assertThat(EncounterKind.ofMaLoaiKcb("03")).isEqualTo(EncounterKind.INPATIENT);
        assertThat(EncounterKind.ofMaLoaiKcb("12")).isEqualTo(EncounterKind.OTHER);
    }

    @Test
    void aDoctypeInTheStoredXml1IsRefused() {
        String hostile = XML1.replace("<TONG_HOP>",
                "<!DOCTYPE TONG_HOP [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><TONG_HOP>")
                .replace("Nguyễn Thị Ánh", "&x;");
        assertThatThrownBy(() -> ClaimReportRows.row(1, 1, ClaimStatus.QUEUED, "40001", utf8(hostile), null, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.xml.doctypeRefused"));
    }

    @Test
    void aMalformedAmountIsReportedNotSkipped() {
        String bad = XML1.replace("<T_BHTT>720</T_BHTT>", "<T_BHTT>bảy trăm</T_BHTT>");
        assertThatThrownBy(() -> ClaimReportRows.row(1, 1, ClaimStatus.QUEUED, "40001", utf8(bad), null, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.xml.badNumber"));
    }
}
