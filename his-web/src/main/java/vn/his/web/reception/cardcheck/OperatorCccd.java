package vn.his.web.reception.cardcheck;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;

/**
 * The citizen ID (CCCD) of the staff member checking cards ({@code cccdCb} of the card check), as they typed it on
 * a card check of this session. It is not stored in the database: users have no citizen ID in their account.
 */
public final class OperatorCccd {

    static final String ATTRIBUTE = OperatorCccd.class.getName();
    private static final Pattern CCCD = Pattern.compile("\\d{12}");

    private OperatorCccd() {
    }

    static void remember(HttpSession session, String typed) {
        String value = typed == null ? "" : typed.strip();
        if (CCCD.matcher(value).matches()) {
            session.setAttribute(ATTRIBUTE, value);
        }
    }

    /** The citizen ID typed on an earlier check of this session, or empty. */
    public static String remembered(HttpSession session) {
        Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
        return value instanceof String s ? s : "";
    }
}
