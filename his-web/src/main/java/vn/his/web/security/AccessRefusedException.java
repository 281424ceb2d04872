package vn.his.web.security;

import java.util.Locale;

import org.springframework.security.access.AccessDeniedException;

import vn.his.core.i18n.Messages;

/** The signed-in user may not read or change this: another facility's record, or an action outside their role. */
public class AccessRefusedException extends AccessDeniedException {

    private final String messageKey;
    private final transient Object[] arguments;

    public AccessRefusedException(String messageKey, Object... arguments) {
        super(Messages.vi(messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public String localizedMessage(Locale locale) {
        return Messages.get(locale, messageKey, arguments);
    }
}
