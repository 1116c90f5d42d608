package com.kamplanner.notification;

import com.kamplanner.platform.Bilingual;
import com.kamplanner.platform.Formats;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * A notification's title in a reader's language: the bundle {@code i18n/notifications}'s {@code notification.<KIND>}
 * with the notification's arguments. The bundle lives here, beside the events, so that whatever delivers a
 * notification (the pages, the API, an e-mail sender in this module) writes the same words.
 */
public final class NotificationTitles {

    public static final String BASE_NAME = "i18n.notifications";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private NotificationTitles() {
    }

    public static String title(Notification notification, Locale locale) {
        return title(notification.getKind(), notification.getTitleArgs().toArray(), locale);
    }

    public static String title(NotificationKind kind, Object[] arguments, Locale locale) {
        Locale language = Bilingual.supported(locale);
        String key = "notification." + kind.name();
        try {
            String pattern = bundle(language).getString(key);
            return new MessageFormat(pattern, language).format(readable(arguments, language));
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /** The kind's name in a reader's language, as the e-mail preferences and the digests' headings show it. */
    public static String kindName(NotificationKind kind, Locale locale) {
        return text("kind." + kind.name(), locale);
    }

    /** A text of the notification bundle in a reader's language (English unless French), without arguments. */
    public static String text(String key, Locale locale) {
        try {
            return bundle(Bilingual.supported(locale)).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BASE_NAME, language, NotificationTitles.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Dates are stored as ISO text ("2026-12-03") and read in the reader's language ("3 Dec 2026", "3 déc. 2026"). */
    private static Object[] readable(Object[] arguments, Locale language) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String text && ISO_DATE.matcher(text).matches()) {
                try {
                    shown[i] = Formats.of(language).date(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    // Not a date after all (a title that merely looks like one): shown as written.
                }
            }
        }
        return shown;
    }

}
