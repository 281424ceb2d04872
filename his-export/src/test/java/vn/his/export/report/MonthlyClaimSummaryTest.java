package vn.his.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.his.export.claim.ClaimStatus;

/** The summary adds each row to its encounter kind and to the total; the cost groups add up like the XML lines. */
class MonthlyClaimSummaryTest {

    static ClaimReportRow row(String maLoaiKcb, String exam, String drug, String tongChi, String bhtt) {
        String xml1 = ClaimReportRowsTest.XML1.replace("<MA_LOAI_KCB>03</MA_LOAI_KCB>",
                "<MA_LOAI_KCB>" + maLoaiKcb + "</MA_LOAI_KCB>").replace("1000.50</T_TONGCHI_BV>", tongChi
                + "</T_TONGCHI_BV>").replace("<T_BHTT>720</T_BHTT>", "<T_BHTT>" + bhtt + "</T_BHTT>");
        byte[] xml2 = ClaimReportRowsTest.utf8("<CHITIEU_CHITIET_THUOC><DSACH_CHI_TIET_THUOC>"
                + ClaimReportRowsTest.line(4, drug) + "</DSACH_CHI_TIET_THUOC></CHITIEU_CHITIET_THUOC>");
        byte[] xml3 = ClaimReportRowsTest.utf8("<CHITIEU_CHITIET_DVKT_VTYT><DSACH_CHI_TIET_DVKT>"
                + ClaimReportRowsTest.line(13, exam) + "</DSACH_CHI_TIET_DVKT></CHITIEU_CHITIET_DVKT_VTYT>");
        return ClaimReportRows.row(1, 1, ClaimStatus.QUEUED, "40001", ClaimReportRowsTest.utf8(xml1), xml2, xml3);
    }

    @Test
    void addsEachRowToItsKindAndToTheTotal() {
        MonthlyClaimSummary summary = new MonthlyClaimSummary();
        summary.add(row("01", "45300", "3500", "48800", "29280"));
        summary.add(row("07", "45300", "700", "46000", "27600"));
        summary.add(row("03", "0", "120000.50", "120000.50", "96000.40"));

        MonthlyClaimSummary.Line outpatient = summary.line(EncounterKind.OUTPATIENT);
        assertThat(outpatient.count()).isEqualTo(2);
        assertThat(outpatient.cost(CostGroup.EXAM)).isEqualByComparingTo("90600");
        assertThat(outpatient.cost(CostGroup.DRUG)).isEqualByComparingTo("4200");
        assertThat(outpatient.tTongchiBv()).isEqualByComparingTo("94800");
        assertThat(summary.line(EncounterKind.INPATIENT).tBhtt()).isEqualByComparingTo("96000.40");
        assertThat(summary.line(EncounterKind.DAY_TREATMENT).count()).isZero();
        assertThat(summary.line(EncounterKind.DAY_TREATMENT).cost(CostGroup.BED)).isEqualByComparingTo("0");

        MonthlyClaimSummary.Line total = summary.total();
        assertThat(total.count()).isEqualTo(3);
        assertThat(total.tTongchiBv()).isEqualByComparingTo("214800.50");
        assertThat(total.tBhtt()).isEqualByComparingTo("152880.40");
        assertThat(total.costs().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total.tTongchiBv());
    }
}
