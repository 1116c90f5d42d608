package com.kamplanner.account.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount as CRMs and spreadsheets write it: {@code 1234567.89}, {@code 1,234,567.89},
 * {@code 1 234 567,89}, {@code 1.234.567,89}, with or without a currency code or symbol. When a value has both
 * separators the last one is the decimal mark; a lone separator followed by exactly three digits is read the
 * file's way (a {@code ;} file writes decimal commas, a {@code ,} file decimal points).
 */
public final class DecimalText {

    private static final Pattern CODE_FIRST = Pattern.compile("^([A-Z]{3})\\s*(.+)$");
    private static final Pattern CODE_LAST = Pattern.compile("^(.+?)\\s*([A-Z]{3})$");
    private static final Pattern DIGITS = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final char decimalMark;

    /** @param decimalMark the file's usual decimal mark, {@code ','} or {@code '.'} */
    public DecimalText(char decimalMark) {
        this.decimalMark = decimalMark;
    }

    /** An amount with the currency its text named, if any. */
    public record Amount(BigDecimal value, String currency) {
    }

    /** The amount, rounded to cents; empty when the text is not a number. */
    public Optional<Amount> parse(String text) {
        String s = text.replace('\u00A0', ' ').replace('\u202F', ' ').trim();
        String currency = null;
        if (s.startsWith("€") || s.endsWith("€")) {
            currency = "EUR";
        } else if (s.startsWith("£") || s.endsWith("£")) {
            currency = "GBP";
        } else if (s.startsWith("$") || s.endsWith("$")) {
            currency = "USD";
        }
        s = s.replaceAll("^[€£$]|[€£$]$", "").trim();
        Matcher first = CODE_FIRST.matcher(s);
        Matcher last = CODE_LAST.matcher(s);
        if (first.matches()) {
            currency = first.group(1);
            s = first.group(2);
        } else if (last.matches()) {
            currency = last.group(2);
            s = last.group(1);
        }
        s = s.replace(" ", "").replace("'", "");
        String normalised = normalise(s);
        if (normalised == null || !DIGITS.matcher(normalised).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Amount(new BigDecimal(normalised).setScale(2, RoundingMode.HALF_UP), currency));
    }

    private String normalise(String s) {
        int comma = s.lastIndexOf(',');
        int point = s.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            char decimal = comma > point ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            String whole = s.substring(0, s.lastIndexOf(decimal));
            if (whole.indexOf(decimal) >= 0) {
                return null;
            }
            return whole.replace(String.valueOf(grouping), "") + "." + s.substring(s.lastIndexOf(decimal) + 1);
        }
        char mark = comma >= 0 ? ',' : point >= 0 ? '.' : 0;
        if (mark == 0) {
            return s;
        }
        int count = s.length() - s.replace(String.valueOf(mark), "").length();
        int digitsAfter = s.length() - s.lastIndexOf(mark) - 1;
        boolean grouping = count > 1 || (digitsAfter == 3 && mark != decimalMark);
        return grouping ? s.replace(String.valueOf(mark), "") : s.replace(mark, '.');
    }
}
