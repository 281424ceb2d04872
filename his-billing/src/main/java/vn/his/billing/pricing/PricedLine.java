package vn.his.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import vn.his.billing.Explanation;

/**
 * A priced XML2/XML3 line: the values to export and why.
 *
 * @param cardCode           the card the line was priced with, or {@code null} when no card covered its date
 * @param serviceRatePercent TYLE_TT_DV
 * @param fundRatePercent    TYLE_TT_BH as applied (100 for a level-1 card's ratio item)
 * @param scope              PHAM_VI
 * @param supplyCeiling      T_TRANTT for a capped supply package line, else {@code null}
 * @param mucHuong           MUC_HUONG (may be decimal, at most 4 characters, QĐ 1931/2026 [S])
 */
public record PricedLine(
        String lineId,
        LineTable table,
        int costGroup,
        LocalDateTime orderedAt,
        String cardCode,
        BigDecimal quantity,
        BigDecimal hospitalUnitPrice,
        BigDecimal fundUnitPrice,
        BigDecimal serviceRatePercent,
        BigDecimal fundRatePercent,
        Scope scope,
        int paymentMethod,
        String supplyPackage,
        BigDecimal supplyCeiling,
        BigDecimal mucHuong,
        LineAmounts amounts,
        List<Explanation> explanations) {

    public PricedLine {
        explanations = List.copyOf(explanations);
    }

    /** The explanation as one Vietnamese paragraph. */
    public String explanationVi() {
        return Explanation.joinVi(explanations);
    }
}
