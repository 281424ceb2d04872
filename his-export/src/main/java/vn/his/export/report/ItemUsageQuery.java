package vn.his.export.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.his.core.common.DomainException;
import vn.his.export.envelope.TableReader;

/**
 * The per-item aggregates of the forms 19/20/21 BHYT (bhyt-rules.md §6.1) for a facility and a period: the XML2 and
 * XML3 lines of the same claim versions as the monthly report ({@link ClaimReportRows}: per MA_LK the newest version
 * that is not SUPERSEDED, NGAY_RA in the period), grouped by form, item code, name, unit and unit price. A line counts
 * as inpatient when its claim's XML1 MA_LOAI_KCB is inpatient (03) or day treatment (04, 09), otherwise as
 * outpatient. XML2: MA_THUOC, TEN_THUOC, DON_VI_TINH, DON_GIA; XML3: MA_VAT_TU/TEN_VAT_TU for supplies, else
 * MA_DICH_VU/TEN_DICH_VU, DON_VI_TINH, DON_GIA_BV. Only the aggregates are kept (one per item and price), never the
 * period's claims.
 */
@Component
public class ItemUsageQuery {

    private final ClaimReportRows rows;

    public ItemUsageQuery(ClaimReportRows rows) {
        this.rows = rows;
    }

    /** The rows of each form, ordered by code and unit price, and the number of claims read. */
    public record Result(Map<ItemForm, List<ItemUsageRow>> forms, int claims) {

        public List<ItemUsageRow> rows(ItemForm form) {
            return forms.get(form);
        }

        public BigDecimal amount(ItemForm form) {
            return forms.get(form).stream().map(ItemUsageRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal fundAmount(ItemForm form) {
            return forms.get(form).stream().map(ItemUsageRow::fundAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private record Key(ItemForm form, String code, String name, String unit, BigDecimal unitPrice) {
    }

    /** NGAY_RA on {@code first}…{@code last}, both days included. */
    public Result compute(ReportScope scope, LocalDate first, LocalDate last) {
        Map<Key, ItemUsageRow> items = new HashMap<>();
        int[] claims = {0};
        rows.streamTables(scope, first, last, t -> {
            List<Map<String, String>> summary = TableReader.rows(t.xml1());
            if (summary.size() != 1) {
                throw new DomainException("report.xml1.notOneRow", t.claimVersionId());
            }
            EncounterKind kind = EncounterKind.ofMaLoaiKcb(summary.get(0).get("MA_LOAI_KCB"));
            boolean inpatient = kind == EncounterKind.INPATIENT || kind == EncounterKind.DAY_TREATMENT;
            add(items, t.xml2(), true, inpatient, t.claimVersionId());
            add(items, t.xml3(), false, inpatient, t.claimVersionId());
            claims[0]++;
        });
        Map<ItemForm, List<ItemUsageRow>> forms = new EnumMap<>(ItemForm.class);
        for (ItemForm form : ItemForm.values()) {
            forms.put(form, new ArrayList<>());
        }
        items.values().forEach(r -> forms.get(r.form()).add(r));
        Comparator<ItemUsageRow> order = Comparator.comparing(ItemUsageRow::code)
                .thenComparing(ItemUsageRow::unitPrice).thenComparing(ItemUsageRow::name)
                .thenComparing(ItemUsageRow::unit);
        forms.replaceAll((form, list) -> list.stream().sorted(order).toList());
        return new Result(forms, claims[0]);
    }

    private static void add(Map<Key, ItemUsageRow> items, byte[] table, boolean drugTable, boolean inpatient,
                            long id) {
        if (table == null) {
            return;
        }
        for (Map<String, String> line : TableReader.rows(table)) {
            ItemForm form = ItemForm.ofMaNhom(line.get("MA_NHOM"));
            String code;
            String name;
            if (drugTable) {
                code = text(line, "MA_THUOC");
                name = text(line, "TEN_THUOC");
            } else if (form == ItemForm.SUPPLIES && !text(line, "MA_VAT_TU").isEmpty()) {
                code = text(line, "MA_VAT_TU");
                name = text(line, "TEN_VAT_TU");
            } else {
                code = text(line, "MA_DICH_VU");
                name = text(line, "TEN_DICH_VU");
            }
            BigDecimal price = ClaimReportRows.money(line, drugTable ? "DON_GIA" : "DON_GIA_BV", id).stripTrailingZeros();
            Key key = new Key(form, code, name, text(line, "DON_VI_TINH"), price);
            ItemUsageRow start = items.getOrDefault(key, new ItemUsageRow(form, key.code(), key.name(), key.unit(),
                    price, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            items.put(key, start.plus(inpatient, ClaimReportRows.money(line, "SO_LUONG", id),
                    ClaimReportRows.money(line, "THANH_TIEN_BV", id), ClaimReportRows.money(line, "T_BHTT", id)));
        }
    }

    private static String text(Map<String, String> line, String name) {
        return Objects.toString(line.get(name), "").strip();
    }
}
