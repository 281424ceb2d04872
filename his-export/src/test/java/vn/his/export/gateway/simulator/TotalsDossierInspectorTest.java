package vn.his.export.gateway.simulator;

import vn.his.export.xml.SecureXml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import vn.his.export.gateway.support.TestDocuments;

class TotalsDossierInspectorTest {

    private final TotalsDossierInspector inspector = new TotalsDossierInspector();

    private static Document parse(String xml) {
        return SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static ReceivedDossier dossier(String maLk, Map<String, String> tables) {
        Map<String, Document> files = new LinkedHashMap<>();
        tables.forEach((type, xml) -> files.put(type, parse(xml)));
        return new ReceivedDossier(TestDocuments.newDocument(), "01013", List.of(new ReceivedDossier.HoSo(maLk, files)));
    }

    private static Map<String, String> tables(String xml1, String xml2, String xml3) {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("XML1", xml1);
        if (xml2 != null) {
            tables.put("XML2", xml2);
        }
        if (xml3 != null) {
            tables.put("XML3", xml3);
        }
        return tables;
    }

    @Test
    void consistentDossierPasses() {
        assertThat(inspector.inspect(dossier("LK1", TestDocuments.consistentTables("LK1")))).isEmpty();
    }

    @Test
    void sumIsComparedAfterRoundingToTwoDecimals() {
        // 0.005 + 0.005 = 0.010 → 0.01 (QĐ 4750 amounts have 2 decimals; xml130.md §5.3 compares round(sum, 2))
        var ok = tables(TestDocuments.xml1("LK1", "0.01", "0", "0", "0"), TestDocuments.xml2("LK1", "0.005", "0.005"), null);
        var off = tables(TestDocuments.xml1("LK1", "0.02", "0", "0", "0"), TestDocuments.xml2("LK1", "0.005", "0.005"), null);

        assertThat(inspector.inspect(dossier("LK1", ok))).isEmpty();
        assertThat(inspector.inspect(dossier("LK1", off))).get().extracting(Rejection::thongDiep).asString()
                .contains("LK1", "T_TONGCHI_BV = 0.02", "0.01");
    }

    @Test
    void onlyXml3LinesOrNoLinesAtAll() {
        var onlyServices = tables(TestDocuments.xml1("LK1", "15.50", "15.50", "3.10", "12.40"), null,
                TestDocuments.xml3("LK1", "10.25", "5.25"));
        var empty = tables(TestDocuments.xml1("LK1", "0", "0", "0", "0"), null, null);

        assertThat(inspector.inspect(dossier("LK1", onlyServices))).isEmpty();
        assertThat(inspector.inspect(dossier("LK1", empty))).isEmpty();
    }

    @Test
    void unreadableOrMissingAmountsAndMissingXml1AreRejected() {
        var exponent = tables(TestDocuments.xml1("LK1", "1e5", "0", "0", "0"), null, null);
        var blankLine = tables(TestDocuments.xml1("LK1", "0", "0", "0", "0"), TestDocuments.xml2("LK1", " "), null);
        var noXml1 = Map.of("XML2", TestDocuments.xml2("LK1", "1.00"));

        assertThat(inspector.inspect(dossier("LK1", exponent))).get().extracting(Rejection::thongDiep).asString()
                .contains("XML1.T_TONGCHI_BV", "1e5");
        assertThat(inspector.inspect(dossier("LK1", blankLine))).get().extracting(Rejection::thongDiep).asString()
                .contains("XML2.THANH_TIEN_BV");
        assertThat(inspector.inspect(dossier("LK1", noXml1))).get().extracting(Rejection::thongDiep).asString()
                .contains("thiếu bảng XML1");
    }

    @Test
    void contentCodeIsConfigurable() {
        var off = tables(TestDocuments.xml1("LK1", "1.00", "0", "0", "0"), null, null);

        assertThat(new TotalsDossierInspector("123").inspect(dossier("LK1", off))).get()
                .extracting(Rejection::maKetQua).isEqualTo("123");
        assertThat(inspector.inspect(dossier("LK1", off))).get()
                .extracting(Rejection::maKetQua).isEqualTo(TotalsDossierInspector.DEFAULT_CODE);
    }

    @Test
    void randomDossiersPassWhenConsistentAndFailWhenOffByOneDong() {
        long seed = 20261123L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int run = 0; run < 3000; run++) {
            String maLk = "LK" + run;
            String[] drugs = amounts(random, random.nextInt(0, 6));
            String[] services = amounts(random, random.nextInt(0, 6));
            BigDecimal totalBv = sum(drugs).add(sum(services));
            BigDecimal totalBh = cents(random.nextLong(0, totalBv.movePointRight(2).longValueExact() + 1));
            BigDecimal coPayment = cents(random.nextLong(0, totalBh.movePointRight(2).longValueExact() + 1));
            BigDecimal fund = totalBh.subtract(coPayment);
            String xml2 = drugs.length == 0 ? null : TestDocuments.xml2(maLk, drugs);
            String xml3 = services.length == 0 ? null : TestDocuments.xml3(maLk, services);

            var consistent = tables(TestDocuments.xml1(maLk, totalBv.toPlainString(), totalBh.toPlainString(),
                    coPayment.toPlainString(), fund.toPlainString()), xml2, xml3);
            BigDecimal delta = random.nextBoolean() ? new BigDecimal("0.01") : new BigDecimal("-0.01");
            boolean breakTotal = random.nextBoolean();
            var broken = tables(TestDocuments.xml1(maLk,
                    (breakTotal ? totalBv.add(delta) : totalBv).toPlainString(), totalBh.toPlainString(),
                    coPayment.toPlainString(), (breakTotal ? fund : fund.add(delta)).toPlainString()), xml2, xml3);

            assertThat(inspector.inspect(dossier(maLk, consistent))).as("seed %d run %d", seed, run).isEmpty();
            Optional<Rejection> rejection = inspector.inspect(dossier(maLk, broken));
            assertThat(rejection).as("seed %d run %d", seed, run).isPresent();
            assertThat(rejection.get().thongDiep()).as("seed %d run %d", seed, run)
                    .contains(maLk, breakTotal ? "T_TONGCHI_BV" : "T_BHTT");
        }
    }

    private static String[] amounts(SplittableRandom random, int count) {
        String[] amounts = new String[count];
        for (int i = 0; i < count; i++) {
            amounts[i] = cents(random.nextLong(0, 100_000_000_00L)).toPlainString();
        }
        return amounts;
    }

    private static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private static BigDecimal sum(String[] amounts) {
        BigDecimal total = new BigDecimal("0.00");
        for (String amount : amounts) {
            total = total.add(new BigDecimal(amount));
        }
        return total;
    }
}
