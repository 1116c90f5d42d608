package com.kamplanner.web.i18n;

import com.kamplanner.platform.Formats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

/**
 * {@link Formats} for pages, as {@code #{fmt}}, in the session's language: {@code #{fmt.amount(a.revenue,
 * a.currency)}}, {@code #{fmt.date(p.dueDate)}}, {@code #{fmt.label('plan.status.', a.status)}}. Pages hand it
 * what they hold (numbers or the plain decimal text the Key Account Database stores, dates or their ISO text,
 * instants), so no page needs a converter; text that is not a number or a date is shown as it is rather than fail.
 */
@Named("fmt")
@RequestScoped
public class PageFormats {

    @Inject
    LanguagePreference language;

    private Locale fixed;

    public PageFormats() {
    }

    /** For tests and code outside a request: always this language. */
    PageFormats(Locale locale) {
        this.fixed = locale;
    }

    /** The formatter of the session's language (asked each time, so that a switch shows at once). */
    public Formats formats() {
        return Formats.of(fixed != null ? fixed : language.getLocale());
    }

    public String number(Object value) {
        BigDecimal number = decimal(value);
        return number == null ? shown(value) : formats().number(number);
    }

    public String decimals(Object value, int digits) {
        BigDecimal number = decimal(value);
        return number == null ? shown(value) : formats().decimals(number, digits);
    }

    /** A value already in percent: 55 reads "55%" or "55 %". */
    public String percent(Object value) {
        BigDecimal number = decimal(value);
        return number == null ? shown(value) : formats().percent(number);
    }

    /** A share from 0 to 1: 0.55 reads "55%" or "55 %". */
    public String share(Object value) {
        BigDecimal number = decimal(value);
        return number == null ? shown(value) : formats().percent(number.movePointRight(2));
    }

    public String percentPoints(Object value) {
        BigDecimal number = decimal(value);
        return number == null ? shown(value) : formats().percentPoints(number);
    }

    /**
     * A country the application stores as its ISO 3166 code, by its name in the session's language: "CH" reads
     * "Switzerland" or "Suisse". A code Java does not know is shown as it is.
     */
    public String country(String code) {
        if (code == null || code.length() != 2) {
            return code == null ? "" : code;
        }
        String name = new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(formats().locale());
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    public String amount(Object value, String currency) {
        BigDecimal number = decimal(value);
        return number == null ? shown(value) : formats().amount(number, currency);
    }

    public String compact(Object value, String currency) {
        BigDecimal number = decimal(value);
        return number == null ? shown(value) : formats().compact(number, currency);
    }

    /** A day, from a LocalDate, a java.util.Date, a moment (its day in the zone) or ISO text. */
    public String date(Object value) {
        if (value instanceof java.sql.Date sqlDate) {
            return formats().date(sqlDate.toLocalDate());
        }
        if (value instanceof LocalDate day) {
            return formats().date(day);
        }
        if (value instanceof LocalDateTime moment) {
            return formats().date(moment.toLocalDate());
        }
        Instant instant = instant(value);
        if (instant != null) {
            return formats().date(instant.atZone(formats().zone()).toLocalDate());
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return formats().date(LocalDate.parse(text.trim()));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return shown(value);
    }

    /** A moment to the minute, with its zone, from an Instant, a java.util.Date, a zoned or local date-time. */
    public String dateTime(Object value) {
        if (value instanceof java.sql.Date sqlDate) {
            return formats().date(sqlDate.toLocalDate());
        }
        if (value instanceof LocalDateTime moment) {
            return formats().dateTime(moment);
        }
        if (value instanceof LocalDate day) {
            return formats().date(day);
        }
        Instant instant = instant(value);
        if (instant != null) {
            return formats().dateTime(instant);
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return formats().dateTime(Instant.parse(text.trim()));
            } catch (DateTimeParseException e) {
                return date(text);
            }
        }
        return shown(value);
    }

    /**
     * The bundle's label of an enumeration constant or a code ({@code label('plan.status.', 'ON_TRACK')} reads "On
     * track"); a dash for none, and the bundle's visible {@code ???key???} for a code without a label.
     */
    public String label(String prefix, Object code) {
        if (code == null || code.toString().isBlank()) {
            return Formats.NONE;
        }
        String name = code instanceof Enum<?> constant ? constant.name() : code.toString().trim();
        return Bundle.text(formats().locale(), (prefix == null ? "" : prefix) + name);
    }

    /** What a missing value reads as: a dash. */
    public String getNone() {
        return Formats.NONE;
    }

    private static String shown(Object value) {
        return value == null || value.toString().isBlank() ? Formats.NONE : value.toString();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return null;
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal big) {
            return big;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
