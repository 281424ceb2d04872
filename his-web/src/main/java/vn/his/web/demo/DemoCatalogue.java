package vn.his.web.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.his.core.catalog.CatalogItem;
import vn.his.core.encounter.OrderKind;
import vn.his.core.facility.Facility;
import vn.his.core.reference.CsvRow;
import vn.his.core.reference.ReferenceCsv;

/** Reads the demo catalogues ({@code demo/drugs.csv}, {@code services.csv}, {@code supplies.csv}) into catalogue items. */
public final class DemoCatalogue {

    private DemoCatalogue() {
    }

    public static List<CatalogItem> itemsFor(Facility facility, LocalDate validFrom) {
        List<CatalogItem> items = new ArrayList<>();
        for (CsvRow r : rows("demo/drugs.csv")) {
            BigDecimal price = new BigDecimal(r.get("price"));
            items.add(new CatalogItem(facility, OrderKind.DRUG, r.get("code") + "#" + r.get("registration_no"),
                    r.get("name"), Integer.parseInt(r.get("cost_group")), r.get("unit"), price, price,
                    Integer.parseInt(r.get("insurance_ratio")), Integer.parseInt(r.get("scope")), validFrom)
                    .drug(r.get("code"), r.get("strength"), r.get("route_code"), r.get("dosage_form"),
                            r.get("registration_no"), r.get("tender_info")).markDemoData());
        }
        for (CsvRow r : rows("demo/services.csv")) {
            int group = Integer.parseInt(r.get("cost_group"));
            OrderKind kind = group == 14 || group == 15 || group == 16 ? OrderKind.BED
                    : group == 12 ? OrderKind.TRANSPORT : OrderKind.SERVICE;
            BigDecimal price = new BigDecimal(r.get("price"));
            int scope = Integer.parseInt(r.get("scope"));
            items.add(new CatalogItem(facility, kind, r.get("code"), r.get("name"), group, r.get("unit"), price,
                    scope == 1 ? price : BigDecimal.ZERO, Integer.parseInt(r.get("insurance_ratio")), scope, validFrom)
                    .markDemoData());
        }
        for (CsvRow r : rows("demo/supplies.csv")) {
            BigDecimal price = new BigDecimal(r.get("price"));
            items.add(new CatalogItem(facility, OrderKind.SUPPLY, r.get("code"), r.get("name"),
                    Integer.parseInt(r.get("cost_group")), r.get("unit"), price, price,
                    Integer.parseInt(r.get("insurance_ratio")), 1, validFrom).tender(r.get("tender_info")).markDemoData());
        }
        return items;
    }

    private static List<CsvRow> rows(String resource) {
        try (InputStream in = DemoCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            try (ReferenceCsv csv = ReferenceCsv.open(in, resource)) {
                return csv.stream().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
