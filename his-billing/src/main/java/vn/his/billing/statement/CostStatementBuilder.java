package vn.his.billing.statement;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.his.billing.pricing.EncounterTotals;
import vn.his.billing.pricing.LineAmounts;
import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.pricing.PricedLine;
import vn.his.billing.settlement.ChargedItem;
import vn.his.billing.settlement.SettledEncounter;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterCard;
import vn.his.core.encounter.EncounterType;

/**
 * Builds the {@link CostStatement} of an encounter from its priced lines (a frozen version or a preview) and its
 * administrative data. Lines go to their section by MA_NHOM, in the order priced; subtotals are sums of the lines,
 * and the totals are the version's XML1 totals, which are those sums too.
 */
public final class CostStatementBuilder {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** The statement of a frozen version; {@code items} are the lines' words frozen with it. */
    public CostStatement build(Encounter encounter, SettledEncounter settled, Map<String, ChargedItem> items) {
        return build(encounter, settled.priced(), items, settled);
    }

    /** The statement of a preview: nothing is frozen, the words come from the live order lines. */
    public CostStatement preview(Encounter encounter, PricedEncounter priced, Map<String, ChargedItem> items) {
        return build(encounter, priced, items, null);
    }

    private CostStatement build(Encounter e, PricedEncounter priced, Map<String, ChargedItem> items,
                                SettledEncounter settled) {
        Map<CostSection, List<CostStatement.Line>> bySection = new EnumMap<>(CostSection.class);
        for (PricedLine l : priced.lines()) {
            ChargedItem item = items.getOrDefault(l.lineId(), new ChargedItem(null, null, null));
            bySection.computeIfAbsent(CostSection.of(l.costGroup()), s -> new ArrayList<>())
                    .add(new CostStatement.Line(l.lineId(), item.code(), item.name(), item.unit(), l.quantity(),
                            l.hospitalUnitPrice(), l.fundUnitPrice(), l.serviceRatePercent(), l.fundRatePercent(),
                            l.mucHuong(), amounts(l.amounts()), l.explanations()));
        }
        List<CostStatement.Section> sections = new ArrayList<>();
        bySection.forEach((section, lines) -> sections.add(new CostStatement.Section(section, lines,
                lines.stream().map(CostStatement.Line::amounts)
                        .reduce(new CostStatement.Amounts(ZERO, ZERO, ZERO, ZERO, ZERO, ZERO),
                                CostStatement.Amounts::plus))));
        EncounterTotals t = priced.totals();
        CostStatement.Totals totals = new CostStatement.Totals(new CostStatement.Amounts(t.tTongchiBv(),
                t.tTongchiBh(), t.tBhtt(), t.tBncct(), t.tNguonKhac(), t.tBntt()), t.tThuoc(), t.tVtyt());
        return new CostStatement(header(e, priced), settled == null ? 0 : settled.version(),
                settled == null ? null : settled.reason(), settled == null ? null : settled.settledAt(),
                settled == null ? null : settled.settledBy(),
                settled == null || settled.payment() == null ? null : settled.payment().method(),
                settled == null ? null : settled.paymentTime().orElse(null), sections, totals, priced.notes());
    }

    private static CostStatement.Amounts amounts(LineAmounts a) {
        return new CostStatement.Amounts(a.thanhTienBv(), a.thanhTienBh(), a.tBhtt(), a.tBncct(), a.tNguonKhac(),
                a.tBntt());
    }

    private static CostStatement.Header header(Encounter e, PricedEncounter priced) {
        List<String> cards = new ArrayList<>();
        String registered = null;
        for (EncounterCard c : e.cards()) {
            cards.add(c.cardNumber() + " (" + DAY.format(c.validFrom()) + " - "
                    + (c.validTo() == null ? "…" : DAY.format(c.validTo())) + ")");
            registered = c.registeredFacility();
        }
        String diagnosis = e.diagnosisOut() != null ? e.diagnosisOut() : e.diagnosisIn();
        return new CostStatement.Header(e.facility().name(), e.facilityCode(), e.maLk(), e.patient().patientCode(),
                e.patient().fullName(), e.patient().birthDate().display(), e.patient().gender().code(),
                e.patient().address(), cards, registered, e.arrivalTime(), e.dischargeTime(), diagnosis,
                e.mainIcd10(), e.secondaryIcd10(), e.departmentCodes(), EncounterType.isInpatient(e.encounterType()),
                e.emergency(), e.referralPaperNo() != null && !e.referralPaperNo().isBlank(),
                priced.visitObject().code(), priced.visitObject().explanation(),
                priced.visitObject().benefitPercent());
    }
}
