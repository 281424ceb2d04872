package vn.his.web.reception.cardcheck;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.his.export.gateway.CardInfo;

/**
 * The card data the gateway returned next to what is recorded, field by field: card code, name, date of birth,
 * validity, registered facility (KCB ban đầu) and the date of five years' continuous coverage. Values are compared
 * as people read them (blanks collapsed, names without regard to case); a field either side left empty is shown but
 * not flagged. A new card the gateway reports (codes 003/004) is added as its own rows.
 */
final class CardComparison {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private CardComparison() {
    }

    static List<CardCheckRow> rows(CardCheckSubject recorded, CardInfo returned) {
        List<CardCheckRow> rows = new ArrayList<>();
        rows.add(row("cardCheck.field.cardNumber", recorded.cardNumber(), returned.maThe()));
        rows.add(row("cardCheck.field.fullName", recorded.fullName(), returned.hoTen()));
        rows.add(row("cardCheck.field.birthDate", recorded.birthDisplay(), returned.ngaySinh()));
        rows.add(row("cardCheck.field.validFrom", date(recorded.validFrom()), returned.gtTheTu()));
        rows.add(row("cardCheck.field.validTo", date(recorded.validTo()), returned.gtTheDen()));
        rows.add(row("cardCheck.field.registeredFacility", recorded.registeredFacility(), returned.maDKBD()));
        rows.add(row("cardCheck.field.fiveYears", date(recorded.fiveYearsDate()), returned.ngayDu5Nam()));
        if (present(returned.maTheMoi())) {
            rows.add(new CardCheckRow("cardCheck.field.newCardNumber", "", clean(returned.maTheMoi()), false));
            rows.add(new CardCheckRow("cardCheck.field.newValidity", "",
                    clean(returned.gtTheTuMoi()) + " – " + clean(returned.gtTheDenMoi()), false));
            rows.add(new CardCheckRow("cardCheck.field.newRegisteredFacility", "",
                    (clean(returned.maDKBDMoi()) + " " + clean(returned.tenDKBDMoi())).strip(), false));
        }
        return List.copyOf(rows);
    }

    private static CardCheckRow row(String labelKey, String recorded, String returned) {
        String mine = clean(recorded);
        String theirs = clean(returned);
        boolean differs = !mine.isEmpty() && !theirs.isEmpty()
                && !mine.toUpperCase(VIETNAMESE).equals(theirs.toUpperCase(VIETNAMESE));
        return new CardCheckRow(labelKey, mine, theirs, differs);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.format(DAY_MONTH_YEAR);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }
}
