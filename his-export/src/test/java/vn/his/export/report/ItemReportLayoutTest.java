package vn.his.export.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The item forms' layout: the 19/20/21 BHYT columns by default, replaced by {@code his.reports.item-columns}; an
 * unknown or repeated column, or none, stops the start with a message naming it. Every XML2/XML3 MA_NHOM goes to
 * exactly one form.
 */
class ItemReportLayoutTest {

    @Test
    void theDefaultIsThe19To21LayoutAndAConfiguredListReplacesIt() {
        assertThat(new ItemReportLayout(ItemReportLayout.DEFAULT).columns()).containsExactly(ItemColumn.CODE,
                ItemColumn.NAME, ItemColumn.UNIT, ItemColumn.UNIT_PRICE, ItemColumn.QTY_OUTPATIENT,
                ItemColumn.QTY_INPATIENT, ItemColumn.QTY_TOTAL, ItemColumn.AMOUNT, ItemColumn.FUND);
        assertThat(new ItemReportLayout(" name, code ,amount").columns())
                .containsExactly(ItemColumn.NAME, ItemColumn.CODE, ItemColumn.AMOUNT);
    }

    @Test
    void anUnknownRepeatedOrMissingColumnIsRefused() {
        assertThatThrownBy(() -> new ItemReportLayout("CODE,HOAT_CHAT")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HOAT_CHAT");
        assertThatThrownBy(() -> new ItemReportLayout("CODE,code")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CODE given twice");
        assertThatThrownBy(() -> new ItemReportLayout(" , ")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no column");
    }

    @Test
    void suppliesDrugsAndBloodAndEverythingElseGoToForms19And20And21() {
        assertThat(ItemForm.ofMaNhom("10")).isEqualTo(ItemForm.SUPPLIES);
        assertThat(ItemForm.ofMaNhom("11")).isEqualTo(ItemForm.SUPPLIES);
        for (String drug : new String[] {"4", "5", "6", "7", "17"}) {
            assertThat(ItemForm.ofMaNhom(drug)).as(drug).isEqualTo(ItemForm.DRUGS);
        }
        for (String service : new String[] {"1", "2", "3", "8", "9", "12", "13", "14", "15", "16", "18", "19", "x"}) {
            assertThat(ItemForm.ofMaNhom(service)).as(service).isEqualTo(ItemForm.SERVICES);
        }
        assertThat(ItemForm.DRUGS.sheetName()).isEqualTo("Mẫu 20-BHYT");
    }
}
