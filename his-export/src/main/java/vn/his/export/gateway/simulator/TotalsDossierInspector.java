package vn.his.export.gateway.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import vn.his.export.gateway.GatewayMessages;

/**
 * Default content check of the simulator, the XML1 ↔ detail identities of QĐ 4750 (xml130.md §5.3, compared after
 * rounding to 2 decimals, HALF_UP):
 * <ul>
 *   <li>XML1 {@code T_TONGCHI_BV} = Σ {@code THANH_TIEN_BV} of XML2 and XML3;</li>
 *   <li>XML1 {@code T_BHTT} = {@code T_TONGCHI_BH} − {@code T_BNCCT}.</li>
 * </ul>
 * The real gateway answers 200 on reception and reports content errors later on the portal (CV 1245 §II); the
 * simulator answers them at once with a content error code so that tests see them. The code is configurable; the
 * default {@value #DEFAULT_CODE} is "nội dung XML sai" of the 4210 error-detail API (xml130.md §5.5 [S]).
 */
public final class TotalsDossierInspector implements DossierInspector {

    public static final String DEFAULT_CODE = "202";

    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("-?\\d{1,18}(\\.\\d{1,6})?");

    private final String contentErrorCode;

    public TotalsDossierInspector() {
        this(DEFAULT_CODE);
    }

    public TotalsDossierInspector(String contentErrorCode) {
        this.contentErrorCode = Objects.requireNonNull(contentErrorCode, "contentErrorCode");
    }

    @Override
    public Optional<Rejection> inspect(ReceivedDossier dossier) {
        for (ReceivedDossier.HoSo hoSo : dossier.hoSo()) {
            Optional<Rejection> problem = inspect(hoSo);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private Optional<Rejection> inspect(ReceivedDossier.HoSo hoSo) {
        Optional<Document> xml1 = hoSo.file("XML1");
        if (xml1.isEmpty()) {
            return reject("simulator.content.xml1Missing", hoSo.maLk());
        }
        BigDecimal totalBv;
        BigDecimal totalBh;
        BigDecimal coPayment;
        BigDecimal fundPays;
        try {
            totalBv = amount(xml1.get(), "T_TONGCHI_BV");
            totalBh = amount(xml1.get(), "T_TONGCHI_BH");
            coPayment = amount(xml1.get(), "T_BNCCT");
            fundPays = amount(xml1.get(), "T_BHTT");
        } catch (UnreadableAmount e) {
            return reject("simulator.content.amount", hoSo.maLk(), e.field, e.text);
        }
        BigDecimal linesBv = BigDecimal.ZERO;
        try {
            for (String table : new String[] {"XML2", "XML3"}) {
                Optional<Document> detail = hoSo.file(table);
                if (detail.isPresent()) {
                    linesBv = linesBv.add(sum(detail.get(), "THANH_TIEN_BV", table));
                }
            }
        } catch (UnreadableAmount e) {
            return reject("simulator.content.amount", hoSo.maLk(), e.field, e.text);
        }
        linesBv = round2(linesBv);
        if (round2(totalBv).compareTo(linesBv) != 0) {
            return reject("simulator.content.totalBv", hoSo.maLk(), round2(totalBv).toPlainString(), linesBv.toPlainString());
        }
        BigDecimal expectedFund = round2(totalBh.subtract(coPayment));
        if (round2(fundPays).compareTo(expectedFund) != 0) {
            return reject("simulator.content.bhtt", hoSo.maLk(), round2(fundPays).toPlainString(),
                    expectedFund.toPlainString());
        }
        return Optional.empty();
    }

    private Optional<Rejection> reject(String key, Object... args) {
        return Optional.of(new Rejection(contentErrorCode,
                GatewayMessages.standard().text(GatewayMessages.VIETNAMESE, key, args)));
    }

    private static BigDecimal amount(Document table, String field) throws UnreadableAmount {
        NodeList nodes = table.getElementsByTagName(field);
        if (nodes.getLength() == 0) {
            throw new UnreadableAmount("XML1." + field, "");
        }
        return parse(nodes.item(0).getTextContent(), "XML1." + field);
    }

    private static BigDecimal sum(Document table, String field, String tableName) throws UnreadableAmount {
        NodeList nodes = table.getElementsByTagName(field);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < nodes.getLength(); i++) {
            total = total.add(parse(nodes.item(i).getTextContent(), tableName + "." + field));
        }
        return total;
    }

    private static BigDecimal parse(String text, String field) throws UnreadableAmount {
        String value = text == null ? "" : text.strip();
        // plain decimal only: no exponent, bounded length (an amount field is numeric(15) at most, QĐ 4750)
        if (!AMOUNT.matcher(value).matches()) {
            throw new UnreadableAmount(field, value);
        }
        return new BigDecimal(value);
    }

    private static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static final class UnreadableAmount extends Exception {
        private final String field;
        private final String text;

        UnreadableAmount(String field, String text) {
            super(field, null, false, false);
            this.field = field;
            this.text = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
    }
}
