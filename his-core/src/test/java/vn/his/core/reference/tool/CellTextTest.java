package vn.his.core.reference.tool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void collapsesSpacesLineBreaksAndNoBreakSpacesAndTrims() {
        assertThat(CellText.clean("  Xã  Hoàng\u00a0Văn\nThụ \t")).isEqualTo("Xã Hoàng Văn Thụ");
        assertThat(CellText.clean(" ")).isEmpty();
        assertThat(CellText.clean("A\u200B00")).isEqualTo("A00");
    }

    @Test
    void normalisesToComposedForm() {
        String decomposed = "Ha\u0300 No\u0323\u0302i"; // "Hà Nội" with combining marks
        assertThat(CellText.clean(decomposed)).isEqualTo("Hà Nội");
    }

    @Test
    void keepsSignsAndPunctuation() {
        assertThat(CellText.clean("A02.2†")).isEqualTo("A02.2†");
        assertThat(CellText.clean("(J17.3*)")).isEqualTo("(J17.3*)");
    }
}
