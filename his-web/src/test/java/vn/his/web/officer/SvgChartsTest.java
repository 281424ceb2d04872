package vn.his.web.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.his.web.officer.SvgCharts.Bar;
import vn.his.web.officer.SvgCharts.Pair;

/** The server-drawn charts: well-formed SVG, bars proportional to the figures, text escaped. */
class SvgChartsTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.getBytes("UTF-8")));
    }

    static List<Element> rects(Document d, String cls) {
        NodeList all = d.getElementsByTagName("rect");
        java.util.ArrayList<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (cls.equals(e.getAttribute("class"))) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void barsAreProportionalToTheirValuesAndTheTallestFillsThePlot() throws Exception {
        String svg = SvgCharts.bars("c", "Số hồ sơ", List.of(new Bar("01/11", BigDecimal.valueOf(4), "4"),
                new Bar("02/11", BigDecimal.valueOf(2), "2"), new Bar("03/11", BigDecimal.ZERO, "0")), 200);
        Document d = parse(svg);
        assertThat(d.getDocumentElement().getAttribute("role")).isEqualTo("img");
        List<Element> bars = rects(d, "b1");
        assertThat(bars).hasSize(3);
        double h0 = Double.parseDouble(bars.get(0).getAttribute("height"));
        double h1 = Double.parseDouble(bars.get(1).getAttribute("height"));
        assertThat(h0).isEqualTo(200 - 16 - 28);
        assertThat(h1).isEqualTo(h0 / 2);
        assertThat(Double.parseDouble(bars.get(2).getAttribute("height"))).isZero();
        assertThat(svg).contains("<title>02/11: 2</title>");
    }

    @Test
    void manyDaysThinTheirLabelsOut() throws Exception {
        List<Bar> days = new java.util.ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            days.add(new Bar(String.format("%02d", i), BigDecimal.ONE, "1"));
        }
        Document d = parse(SvgCharts.bars("c", "t", days, 200));
        assertThat(rects(d, "b1")).hasSize(60);
        // axis labels (2) + day labels, fewer than the days
        assertThat(d.getElementsByTagName("text").getLength() - 2).isBetween(10, 30);
    }

    @Test
    void pairsAndRatesCarryTheirFiguresAndEscapeText() throws Exception {
        String pairs = SvgCharts.pairs("p", "A & B", "Đề nghị", "Tiếp nhận", List.of(
                new Pair("40017", new BigDecimal("1000000"), "1.000.000 ₫", new BigDecimal("250000"), "250.000 ₫")),
                240);
        Document d = parse(pairs);
        double claimed = Double.parseDouble(rects(d, "b1").get(1).getAttribute("height"));
        double accepted = Double.parseDouble(rects(d, "b2").get(1).getAttribute("height"));
        assertThat(accepted).isEqualTo(claimed / 4);
        assertThat(pairs).contains("aria-label=\"A &amp; B\"", "40017 — Tiếp nhận: 250.000 ₫");

        String rates = SvgCharts.rates("r", "t", List.of(new Bar("<x>", new BigDecimal("50"), "50 %"),
                new Bar("40021", null, "—")));
        Document r = parse(rates);
        List<Element> filled = rects(r, "b2");
        List<Element> background = rects(r, "bg");
        assertThat(Double.parseDouble(filled.get(0).getAttribute("width")))
                .isEqualTo(Double.parseDouble(background.get(0).getAttribute("width")) / 2);
        assertThat(Double.parseDouble(filled.get(1).getAttribute("width"))).isZero();
        assertThat(rates).contains("&lt;x&gt;").doesNotContain("<x>");
    }

    @Test
    void anEmptyChartIsStillAWellFormedImage() throws Exception {
        assertThat(parse(SvgCharts.bars("c", "t", List.of(), 200)).getElementsByTagName("rect").getLength()).isZero();
        assertThat(SvgCharts.compact(new BigDecimal("1234567890"))).isEqualTo("1.2G");
        assertThat(SvgCharts.compact(new BigDecimal("3400000"))).isEqualTo("3.4M");
        assertThat(SvgCharts.compact(new BigDecimal("45000"))).isEqualTo("45k");
        assertThat(SvgCharts.compact(new BigDecimal("12"))).isEqualTo("12");
    }
}
