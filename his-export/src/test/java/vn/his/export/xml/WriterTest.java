package vn.his.export.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import org.junit.jupiter.api.Test;

import vn.his.core.common.DomainException;
import vn.his.export.spec.FieldFormat;
import vn.his.export.spec.FieldSpec;
import vn.his.export.spec.FieldType;
import vn.his.export.spec.Requirement;
import vn.his.export.spec.SchemaCatalog;
import vn.his.export.testing.Rows;
import vn.his.export.testing.Scenarios;

class WriterTest {

    private final SchemaCatalog catalog = SchemaCatalog.loadFromClasspath();
    private final Xml130Writer writer = new Xml130Writer(catalog, TableRelevance.qd4750());

    /** The JAXB element order, the record components and the specification agree for every table. */
    @Test
    void bindingsFollowTheSpecificationOrder() throws Exception {
        List<TableDefinition> tables = new ArrayList<>(Xml130Tables.DOSSIER);
        tables.add(Xml130Tables.CHECK_IN);
        for (TableDefinition table : tables) {
            List<String> spec = catalog.table(table.code(), Scenarios.SCHEMA).elementNames();
            assertThat(RowFields.elementNames(table.rowType())).as(table.code()).isEqualTo(spec);
            Class<?> rowBinding = table.documentType();
            String rowClass = rowBinding.getName().replace("Document", "Row");
            try {
                rowBinding = Class.forName(rowClass);
            } catch (ClassNotFoundException single) {
                // single-record table: the document is the row
            }
            List<String> bound = new ArrayList<>();
            for (String property : rowBinding.getAnnotation(XmlType.class).propOrder()) {
                Field f = rowBinding.getDeclaredField(property);
                bound.add(f.getAnnotation(XmlElement.class).name());
            }
            assertThat(bound).as(table.code() + " propOrder").isEqualTo(spec);
        }
    }

    @Test
    void numbersArePlainWithTheDecimalsOfTheSpecification() {
        FieldSpec money = new FieldSpec(1, "T_BHTT", FieldType.NUM, 15, 2, Requirement.Y, FieldFormat.MONEY, "");
        FieldSpec qty = new FieldSpec(1, "SO_LUONG", FieldType.NUM, 10, 3, Requirement.Y, FieldFormat.QUANTITY, "");
        FieldSpec pct = new FieldSpec(1, "MUC_HUONG", FieldType.NUM, 4, null, Requirement.Y, FieldFormat.PERCENT, "");
        assertThat(XmlValues.format(new BigDecimal("15000"), money)).isEqualTo("15000.00");
        assertThat(XmlValues.format(new BigDecimal("1E+7"), money)).isEqualTo("10000000.00");
        assertThat(XmlValues.format(new BigDecimal("0.5"), qty)).isEqualTo("0.500");
        assertThat(XmlValues.format(new BigDecimal("80.00"), pct)).isEqualTo("80");
        assertThat(XmlValues.format(new BigDecimal("47.50"), pct)).isEqualTo("47.5");
        assertThat(XmlValues.format(BigDecimal.ZERO.setScale(2), pct)).isEqualTo("0");
        assertThat(XmlValues.format(null, money)).isEmpty();
        assertThatThrownBy(() -> XmlValues.format(new BigDecimal("1.005"), money)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> XmlValues.format("a\u0001b", new FieldSpec(1, "HO_TEN", FieldType.STR, 255, null,
                Requirement.Y, FieldFormat.TEXT, ""))).isInstanceOf(DomainException.class);
    }

    @Test
    void everyElementIsWrittenAndTextIsEscaped() {
        ClaimSnapshot s = Scenarios.communeVisit();
        EncounterSummary summary = Rows.with(s.summary(), "GHI_CHU", "Uống thuốc <sau ăn> & tái khám");
        ClaimSnapshot changed = new ClaimSnapshot(s.maLk(), s.facilityCode(), 1, s.schemaVersion(), s.checkIn(), summary,
                s.drugs(), s.services(), s.testResults(), s.progressNotes(), null, null, null, null);
        String xml1 = new String(writer.write(changed).get(0).content(), StandardCharsets.UTF_8);
        assertThat(xml1).contains("<GHI_CHU>Uống thuốc &lt;sau ăn&gt; &amp; tái khám</GHI_CHU>")
                .contains("<NHOM_MAU></NHOM_MAU>").contains("<MA_TAI_NAN></MA_TAI_NAN>");
        for (String element : catalog.table("XML1", s.schemaVersion()).elementNames()) {
            assertThat(xml1).contains("<" + element + ">");
        }
    }

    @Test
    void tablesThatDoNotBelongAreRefused() {
        ClaimSnapshot s = Scenarios.referral();
        EncounterSummary notReferred = Rows.with(s.summary(), "MA_LOAI_RV", "1");
        ClaimSnapshot wrong = new ClaimSnapshot(s.maLk(), s.facilityCode(), 1, s.schemaVersion(), s.checkIn(),
                notReferred, s.drugs(), s.services(), s.testResults(), s.progressNotes(), null, null, s.referral(), null);
        assertThatThrownBy(() -> writer.write(wrong)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("export.table.xml13NotReferral"));
    }

    @Test
    void referralLetterOfQd3176IsNotWrittenUnderQd4750() {
        ClaimSnapshot s = Scenarios.referral();
        ClaimSnapshot old = new ClaimSnapshot(s.maLk(), s.facilityCode(), 1, "QD4750", s.checkIn(), s.summary(),
                s.drugs(), s.services(), s.testResults(), s.progressNotes(), null, null, s.referral(), null);
        assertThatThrownBy(() -> writer.write(old)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("export.schema.unsupported"));
    }

    @Test
    void snapshotRefusesBrokenIdentity() {
        ClaimSnapshot s = Scenarios.communeVisit();
        assertThatThrownBy(() -> new ClaimSnapshot(" ", s.facilityCode(), 1, s.schemaVersion(), null, s.summary(),
                List.of(), List.of(), List.of(), List.of(), null, null, null, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new ClaimSnapshot(s.maLk(), "1234", 1, s.schemaVersion(), null, s.summary(),
                List.of(), List.of(), List.of(), List.of(), null, null, null, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new ClaimSnapshot(s.maLk(), s.facilityCode(), 0, s.schemaVersion(), null, s.summary(),
                List.of(), List.of(), List.of(), List.of(), null, null, null, null)).isInstanceOf(DomainException.class);
        assertThat(Arrays.asList(RowFields.elementName("tNguonkhacNsnn"), RowFields.componentName("T_NGUONKHAC_NSNN")))
                .containsExactly("T_NGUONKHAC_NSNN", "tNguonkhacNsnn");
    }
}
