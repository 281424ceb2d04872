package vn.his.export.assessment;

import java.math.BigDecimal;
import java.util.List;

import vn.his.core.common.DomainException;
import vn.his.export.spec.FieldSpec;
import vn.his.export.spec.FieldFormat;
import vn.his.export.spec.Requirement;
import vn.his.export.spec.TableSpec;
import vn.his.export.xml.XmlValues;

/**
 * Checks every field of every row against its specification (QĐ 4750 appendix and the gateway workbook, see
 * {@code db/reference/xml130/}): required (Y) fields present, the written text within the maximum size, dates in
 * the yyyyMMddHHmm / yyyyMMdd forms, numbers with no more decimals than allowed and amounts not negative.
 * Conditional (C) fields are checked by {@link ConditionalFieldRule}.
 */
final class FieldSpecRule implements AssessmentRule {

    static final String REQUIRED = "FIELD_REQUIRED";
    static final String MAX_LENGTH = "FIELD_MAX_LENGTH";
    static final String DATE_FORMAT = "FIELD_DATE_FORMAT";
    static final String NUMBER_FORMAT = "FIELD_NUMBER_FORMAT";

    @Override
    public List<String> ruleIds() {
        return List.of(REQUIRED, MAX_LENGTH, DATE_FORMAT, NUMBER_FORMAT);
    }

    @Override
    public void check(AssessmentContext context, List<Finding> findings) {
        for (TableRow row : context.rows()) {
            TableSpec spec = context.spec(row.table());
            for (FieldSpec field : spec.fields()) {
                Object value = row.values().get(field.element());
                boolean empty = value == null || value instanceof String s && s.isEmpty();
                if (empty) {
                    if (field.required() == Requirement.Y) {
                        findings.add(Findings.error(REQUIRED, row, field.element(), field.element()));
                    }
                    continue;
                }
                String text;
                try {
                    text = XmlValues.format(value, field);
                } catch (DomainException e) {
                    findings.add(Findings.error(NUMBER_FORMAT, row, field.element(), field.element(), value,
                            field.decimals() == null ? 0 : field.decimals()));
                    continue;
                }
                if (field.maxLength() != null && text.length() > field.maxLength()) {
                    findings.add(Findings.error(MAX_LENGTH, row, field.element(), field.element(), text.length(),
                            field.maxLength()));
                }
                if (value instanceof BigDecimal number && number.signum() < 0) {
                    findings.add(Findings.error(NUMBER_FORMAT, row, field.element(), field.element(), value,
                            field.decimals() == null ? 0 : field.decimals()));
                }
                if (!dateOk(field.format(), text)) {
                    findings.add(Findings.error(DATE_FORMAT, row, field.element(), field.element(), text,
                            pattern(field.format())));
                }
            }
        }
    }

    private static boolean dateOk(FieldFormat format, String text) {
        return switch (format) {
            case DATE12 -> ClaimDates.dateTime(text).isPresent();
            case BIRTH12 -> ClaimDates.validBirth(text);
            case DATE8 -> ClaimDates.date(text).isPresent();
            case DATE8_OR_12 -> ClaimDates.date(text).isPresent() || ClaimDates.dateTime(text).isPresent();
            case DATE8_LIST -> ClaimDates.parts(text).stream().allMatch(p -> ClaimDates.date(p).isPresent());
            default -> true;
        };
    }

    private static String pattern(FieldFormat format) {
        return switch (format) {
            case DATE12, BIRTH12 -> "yyyyMMddHHmm";
            case DATE8 -> "yyyyMMdd";
            case DATE8_OR_12 -> "yyyyMMdd | yyyyMMddHHmm";
            default -> "yyyyMMdd;yyyyMMdd";
        };
    }
}
