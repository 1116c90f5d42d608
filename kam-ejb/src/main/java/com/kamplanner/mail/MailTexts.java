package com.kamplanner.mail;

import com.kamplanner.notification.NotificationTitles;
import com.kamplanner.platform.Settings;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * What every mail about notifications says besides its items, in the recipient's language (the bundle
 * {@code i18n/notifications}): why it came, and the link to the person's e-mail preferences. Links in a body are
 * written absolute, resolved against {@code kam.public-url} as {@link MailComposer} resolves a mail's own link.
 */
final class MailTexts {

    /** The preferences page, relative to the application root. */
    static final String PREFERENCES_PAGE = "me/mail-preferences.xhtml";

    private MailTexts() {
    }

    static String words(Locale language, String key, Object... arguments) {
        String pattern = NotificationTitles.text(key, language);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }

    /** A page of the application as a reader's mail client opens it. */
    static String link(String page) {
        return MailComposer.absolute(page, Settings.get(Settings.PUBLIC_URL));
    }

    /** The signature of a plain-text mail: why it came, and where to change what comes. */
    static String footerText(Locale language) {
        return "-- \n" + words(language, "mail.notification.why") + "\n"
                + words(language, "mail.preferences.change") + " " + link(PREFERENCES_PAGE) + "\n";
    }

    static String footerHtml(Locale language) {
        String preferences = MailComposer.escape(link(PREFERENCES_PAGE));
        return "<hr>\n<p><small>" + MailComposer.escape(words(language, "mail.notification.why")) + "<br>\n"
                + MailComposer.escape(words(language, "mail.preferences.change")) + " <a href=\"" + preferences
                + "\">" + preferences + "</a></small></p>";
    }
}
