package com.kamplanner.notification;

import com.kamplanner.platform.Bilingual;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A notification's title in a reader's language: the bundle {@code i18n/notifications}'s {@code notification.<KIND>}
 * with the notification's arguments. The bundle lives here, beside the events, so that whatever delivers a
 * notification (the pages, the API, an e-mail sender in this module) writes the same words.
 */
public final class NotificationTitles {

    public static final String BASE_NAME = "i18n.notifications";

    private NotificationTitles() {
    }

    public static String title(Notification notification, Locale locale) {
        return title(notification.getKind(), notification.getTitleArgs().toArray(), locale);
    }

    public static String title(NotificationKind kind, Object[] arguments, Locale locale) {
        Locale language = Bilingual.supported(locale);
        String key = "notification." + kind.name();
        try {
            String pattern = ResourceBundle.getBundle(BASE_NAME, language, NotificationTitles.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return new MessageFormat(pattern, language).format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }
}
