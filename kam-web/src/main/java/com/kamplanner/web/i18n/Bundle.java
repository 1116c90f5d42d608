package com.kamplanner.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI text bundles ({@code i18n/messages_en} and {@code i18n/messages_fr}), for code that needs a text
 * outside a page: business errors, REST error bodies. Pages use the same bundle as {@code #{msg}}.
 */
public final class Bundle {

    public static final String BASE_NAME = "i18n.messages";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Bundle() {
    }

    /** The supported language closest to the one asked for: French for any French, English otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && "fr".equals(requested.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    public static String text(Locale locale, String key, Object... arguments) {
        Locale language = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BASE_NAME, language, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }
}
