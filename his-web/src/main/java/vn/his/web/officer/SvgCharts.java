package vn.his.web.officer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn as inline SVG on the server from the queried figures (no chart library, no script, no image file): a
 * few hundred bytes per chart, readable by screen readers ({@code role="img"}, a {@code <title>} and a text value on
 * every bar). Pure functions of their input; every text written is XML-escaped.
 */
public final class SvgCharts {

    static final int WIDTH = 720;
    private static final int LEFT = 44;
    private static final int BOTTOM = 28;
    private static final int TOP = 16;

    private SvgCharts() {
    }

    /** One bar: its label under the axis, its value and the text written on it. */
    public record Bar(String label, BigDecimal value, String text) {
    }

    /** A pair of bars for one category (e.g. amounts claimed and accepted of one facility). */
    public record Pair(String label, BigDecimal first, String firstText, BigDecimal second, String secondText) {
    }

    /** Vertical bars (claims per day); labels thinned out so that they never overlap. */
    public static String bars(String id, String title, List<Bar> bars, int height) {
        StringBuilder svg = open(id, title, height);
        if (bars.isEmpty()) {
            return close(svg);
        }
        BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int plot = height - TOP - BOTTOM;
        double step = (double) (WIDTH - LEFT) / bars.size();
        double barWidth = Math.max(1, step * 0.8);
        int every = Math.max(1, (int) Math.ceil(bars.size() / ((WIDTH - LEFT) / 44.0)));
        axis(svg, height, max);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double h = scale(b.value(), max, plot);
            double x = LEFT + i * step + (step - barWidth) / 2;
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"b1\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %s</title></rect>",
                    x, height - BOTTOM - h, barWidth, h, escape(b.label()), escape(b.text())));
            if (i % every == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        x + barWidth / 2, height - BOTTOM + 14, escape(b.label())));
            }
        }
        return close(svg);
    }

    /** Two bars per category side by side, with a legend (amounts claimed vs accepted per facility). */
    public static String pairs(String id, String title, String firstLegend, String secondLegend, List<Pair> pairs,
                               int height) {
        StringBuilder svg = open(id, title, height);
        legend(svg, firstLegend, secondLegend);
        if (pairs.isEmpty()) {
            return close(svg);
        }
        BigDecimal max = pairs.stream().map(p -> p.first().max(p.second())).reduce(BigDecimal.ZERO, BigDecimal::max);
        int plot = height - TOP - BOTTOM - 14;
        double step = (double) (WIDTH - LEFT) / pairs.size();
        double barWidth = Math.min(60, step * 0.38);
        axis(svg, height, max);
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            double x = LEFT + i * step + step / 2 - barWidth;
            double h1 = scale(p.first(), max, plot);
            double h2 = scale(p.second(), max, plot);
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"b1\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s — %s: %s</title></rect>",
                    x, height - BOTTOM - h1, barWidth, h1, escape(p.label()), escape(firstLegend),
                    escape(p.firstText())));
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"b2\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s — %s: %s</title></rect>",
                    x + barWidth, height - BOTTOM - h2, barWidth, h2, escape(p.label()), escape(secondLegend),
                    escape(p.secondText())));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    x + barWidth, height - BOTTOM + 14, escape(p.label())));
        }
        return close(svg);
    }

    /** Horizontal bars of a percentage 0–100 per category (acceptance rate per facility); null = no decision yet. */
    public static String rates(String id, String title, List<Bar> rates) {
        int rowHeight = 26;
        int height = TOP + rates.size() * rowHeight + 8;
        StringBuilder svg = open(id, title, height);
        int labelWidth = 140;
        int plot = WIDTH - labelWidth - 70;
        for (int i = 0; i < rates.size(); i++) {
            Bar r = rates.get(i);
            int y = TOP + i * rowHeight;
            double w = r.value() == null ? 0 : scale(r.value(), BigDecimal.valueOf(100), plot);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    labelWidth - 6, y + 15, escape(r.label())));
            svg.append(String.format(Locale.ROOT, "<rect class=\"bg\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\"/>",
                    labelWidth, y + 2, plot));
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"b2\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\"><title>%s: %s</title></rect>",
                    labelWidth, y + 2, w, escape(r.label()), escape(r.text())));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", labelWidth + plot + 6,
                    y + 15, escape(r.text())));
        }
        return close(svg);
    }

    private static StringBuilder open(String id, String title, int height) {
        return new StringBuilder(256).append(String.format(Locale.ROOT,
                "<svg id=\"%s\" class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" "
                        + "xmlns=\"http://www.w3.org/2000/svg\"><title>%s</title>",
                escape(id), WIDTH, height, escape(title), escape(title)));
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>").toString();
    }

    private static void axis(StringBuilder svg, int height, BigDecimal max) {
        svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", LEFT,
                height - BOTTOM, WIDTH, height - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", LEFT - 4,
                TOP + 4, escape(compact(max))));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>", LEFT - 4,
                height - BOTTOM));
    }

    private static void legend(StringBuilder svg, String first, String second) {
        svg.append(String.format(Locale.ROOT, "<rect class=\"b1\" x=\"%d\" y=\"2\" width=\"10\" height=\"10\"/>"
                + "<text x=\"%d\" y=\"11\">%s</text><rect class=\"b2\" x=\"%d\" y=\"2\" width=\"10\" height=\"10\"/>"
                + "<text x=\"%d\" y=\"11\">%s</text>", LEFT, LEFT + 14, escape(first), LEFT + 220, LEFT + 234,
                escape(second)));
    }

    /** Bar length for {@code value} on a scale where {@code max} fills {@code length}. */
    static double scale(BigDecimal value, BigDecimal max, int length) {
        if (value == null || max == null || max.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        return value.min(max).multiply(BigDecimal.valueOf(length)).divide(max, 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The axis maximum in short form: 12, 45k, 3.4M, 1.2G (SI prefixes, the same in both languages). */
    static String compact(BigDecimal max) {
        if (max.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
            return max.divide(BigDecimal.valueOf(1_000_000_000), 1, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString() + "G";
        }
        if (max.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            return max.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString() + "M";
        }
        if (max.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return max.divide(BigDecimal.valueOf(1_000), 0, RoundingMode.HALF_UP).toPlainString() + "k";
        }
        return max.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
