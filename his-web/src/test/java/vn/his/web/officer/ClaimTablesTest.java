package vn.his.web.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.his.export.xml.TableDocument;
import vn.his.web.billing.StatementFormat;

/** Stored claim tables read back for people: rows found at any depth, dates and amounts formatted, DOCTYPE refused. */
class ClaimTablesTest {

    static final StatementFormat VI = new StatementFormat(Locale.forLanguageTag("vi"));

    static TableDocument doc(String code, String xml) {
        return new TableDocument(code, xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSummaryTableIsOneRowWithFormattedValues() {
        ClaimTables.Table t = ClaimTables.read(doc("XML1", "<TONG_HOP><MA_LK>4001726111200001</MA_LK>"
                + "<NGAY_VAO>202611120800</NGAY_VAO><NGAY_SINH>19800302</NGAY_SINH><T_TONGCHI_BV>1234567.50</T_TONGCHI_BV>"
                + "<MA_THE_BHYT>HT3401234567890</MA_THE_BHYT><GHI_CHU></GHI_CHU></TONG_HOP>"), VI);
        assertThat(t.single()).isTrue();
        assertThat(t.columns()).containsExactly("MA_LK", "NGAY_VAO", "NGAY_SINH", "T_TONGCHI_BV", "MA_THE_BHYT");
        ClaimTables.Row r = t.rows().get(0);
        assertThat(r.value("NGAY_VAO")).isEqualTo("12/11/2026 08:00");
        assertThat(r.value("NGAY_SINH")).isEqualTo("02/03/1980");
        assertThat(r.value("T_TONGCHI_BV")).isEqualTo("1.234.567,5");
        assertThat(r.value("MA_LK")).isEqualTo("4001726111200001");
        assertThat(r.value("GHI_CHU")).isEmpty();
    }

    @Test
    void aListTableHasOneRowPerDetailWithItsStt() {
        List<ClaimTables.Table> tables = ClaimTables.read(List.of(doc("XML3", "<CHITIEU_CHITIET_DVKT_VTYT>"
                + "<DSACH_CHI_TIET_DVKT><CHI_TIET_DVKT><MA_LK>A</MA_LK><STT>1</STT><MA_DICH_VU>02.1896</MA_DICH_VU>"
                + "</CHI_TIET_DVKT><CHI_TIET_DVKT><MA_LK>A</MA_LK><STT>2</STT><MA_VAT_TU>N03</MA_VAT_TU>"
                + "</CHI_TIET_DVKT></DSACH_CHI_TIET_DVKT></CHITIEU_CHITIET_DVKT_VTYT>")), VI);
        ClaimTables.Table t = tables.get(0);
        assertThat(t.single()).isFalse();
        assertThat(t.rows()).extracting(ClaimTables.Row::stt).containsExactly(1, 2);
        assertThat(t.columns()).containsExactly("MA_LK", "STT", "MA_DICH_VU", "MA_VAT_TU");
        assertThat(t.rows().get(1).value("MA_DICH_VU")).isEmpty();
    }

    @Test
    void aDoctypeIsRefused() {
        assertThatThrownBy(() -> ClaimTables.read(doc("XML1", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<TONG_HOP><MA_LK>&e;</MA_LK></TONG_HOP>"), VI)).isInstanceOf(IllegalStateException.class);
    }
}
