package com.kamplanner.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * The one way numbers, percentages, amounts and dates read to a person, in English or French, for pages, exports
 * and e-mails alike, so that the same figure never shows in two shapes. An amount always keeps its own currency:
 * nothing here converts or adds amounts in different currencies, since no rate table exists. Immutable and
 * thread-safe (the JDK formats are created per call); a missing value reads as {@link #NONE}.
 */
public final class Formats {

    /** What a missing value reads as, in every language. */
    public static final String NONE = "—";

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000L);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100L);
    private static final char NARROW_NO_BREAK_SPACE = '\u202f';

    private final Locale locale;
    private final ZoneId zone;
    private final boolean french;

    private Formats(Locale locale, ZoneId zone) {
        this.french = locale != null && "fr".equals(locale.getLanguage());
        this.locale = french ? Locale.FRENCH : Locale.ENGLISH;
        Objects.requireNonNull(zone, "zone");
        this.zone = ZoneOffset.UTC.equals(zone) ? ZoneId.of("UTC") : zone;
    }

    /** English for anything but French; moments in the server's time zone. */
    public static Formats of(Locale locale) {
        return of(locale, ZoneId.systemDefault());
    }

    public static Formats of(Locale locale, ZoneId zone) {
        return new Formats(locale, zone);
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Grouped, with at most two decimals and none that are useless: 15200000.0000 reads "15,200,000". */
    public String number(Number value) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(decimal(value));
    }

    /** Grouped, with every decimal that carries a digit: for values people typed, where rounding would lose one. */
    public String exact(Number value) {
        if (value == null) {
            return NONE;
        }
        BigDecimal number = decimal(value).stripTrailingZeros();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(Math.max(number.scale(), 0));
        return format.format(number);
    }

    /** Grouped, with exactly {@code digits} decimals. */
    public String decimals(Number value, int digits) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(decimal(value));
    }

    /** A value already in percent (55 for 55 %): "55%", in French "55 %"; one decimal at most. */
    public String percent(Number value) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(decimal(value).divide(HUNDRED));
    }

    /** A difference between two percentages, signed: "+5 pp", in French "+5 pts". */
    public String percentPoints(Number value) {
        if (value == null) {
            return NONE;
        }
        BigDecimal points = decimal(value);
        String sign = points.signum() > 0 ? "+" : "";
        return sign + number(points) + NARROW_NO_BREAK_SPACE + (french ? "pts" : "pp");
    }

    /**
     * An amount in its own currency, as the JDK writes it for the language: "€7,200,000,000", in French
     * "7 200 000 000 €". Cents only when there are some. An unknown code follows the number as it is; no code
     * gives the bare number.
     */
    public String amount(BigDecimal value, String currency) {
        if (value == null) {
            return NONE;
        }
        Currency unit = currency(currency);
        if (unit == null) {
            return blankCode(currency) ? number(value) : number(value) + ' ' + currency.trim();
        }
        NumberFormat format = currencyFormat(unit);
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        int digits = Math.max(unit.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(whole ? 0 : digits);
        format.setMaximumFractionDigits(whole ? 0 : digits);
        String text = format.format(value);
        String code = unit.getSymbol(locale);
        // The JDK glues a letter code before the digits ("CHF1,000"); a no-break space keeps them apart.
        int after = text.indexOf(code) + code.length();
        boolean glued = text.indexOf(code) >= 0 && after < text.length() && Character.isDigit(text.charAt(after))
                && Character.isLetter(code.charAt(code.length() - 1));
        return glued ? text.replace(code, code + '\u00a0') : text;
    }

    /**
     * An amount shortened to thousands, millions or billions with one decimal: "€15.2M", in French "15,2 M€".
     * Below a thousand it reads as {@link #amount}.
     */
    public String compact(BigDecimal value, String currency) {
        if (value == null) {
            return NONE;
        }
        BigDecimal size = value.abs();
        String unitName;
        BigDecimal divisor;
        if (size.compareTo(BILLION) >= 0) {
            unitName = french ? "Md" : "B";
            divisor = BILLION;
        } else if (size.compareTo(MILLION) >= 0) {
            unitName = "M";
            divisor = MILLION;
        } else if (size.compareTo(THOUSAND) >= 0) {
            unitName = french ? "k" : "K";
            divisor = THOUSAND;
        } else {
            return amount(value, currency);
        }
        NumberFormat plain = NumberFormat.getNumberInstance(locale);
        plain.setMinimumFractionDigits(0);
        plain.setMaximumFractionDigits(1);
        plain.setRoundingMode(RoundingMode.HALF_UP);
        String sign = value.signum() < 0 ? "-" : "";
        String scaled = plain.format(size.divide(divisor));
        Currency unit = currency(currency);
        if (unit == null) {
            String code = blankCode(currency) ? "" : ' ' + currency.trim();
            return sign + scaled + (french ? NARROW_NO_BREAK_SPACE + unitName : unitName) + code;
        }
        NumberFormat format = currencyFormat(unit);
        if (!(format instanceof DecimalFormat decimal)) {
            return sign + scaled + unitName + ' ' + unit.getCurrencyCode();
        }
        String prefix = decimal.getPositivePrefix();
        String suffix = decimal.getPositiveSuffix().replace('\u00a0', ' ').replace(NARROW_NO_BREAK_SPACE, ' ').strip();
        if (suffix.isEmpty()) {
            boolean letters = !prefix.isEmpty() && Character.isLetter(prefix.charAt(prefix.length() - 1));
            return sign + prefix + (letters ? "\u00a0" : "") + scaled + unitName;
        }
        // A one-sign currency joins the unit ("15,2 M€"); a code stays apart from it ("7,2 Md CHF").
        return sign + scaled + NARROW_NO_BREAK_SPACE + unitName + (suffix.length() == 1 ? "" : "\u00a0") + suffix;
    }

    /** A day: "17 Jun 2019", in French "17 juin 2019". */
    public String date(LocalDate date) {
        return date == null ? NONE : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
    }

    /** A month: "Jun 2026", in French "juin 2026". */
    public String month(java.time.YearMonth month) {
        return month == null ? NONE : DateTimeFormatter.ofPattern("LLL yyyy", locale).format(month);
    }

    /** A moment in this formatter's zone, to the minute, with the zone: "3 Dec 2026, 22:05 UTC". */
    public String dateTime(Instant instant) {
        return instant == null ? NONE
                : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", locale).format(instant.atZone(zone));
    }

    /** A local moment taken to be in this formatter's zone. */
    public String dateTime(LocalDateTime moment) {
        return moment == null ? NONE : dateTime(moment.atZone(zone).toInstant());
    }

    private NumberFormat currencyFormat(Currency unit) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(unit);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static boolean blankCode(String currency) {
        return currency == null || currency.isBlank();
    }

    private static Currency currency(String code) {
        if (blankCode(code)) {
            return null;
        }
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static BigDecimal decimal(Number value) {
        if (value instanceof BigDecimal big) {
            return big;
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(value.doubleValue());
        }
        return new BigDecimal(value.toString());
    }
}
