package com.kamplanner.web.security.directory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the configured search filters with what the user typed. Every value is escaped as RFC 4515 asks, so
 * a user name such as {@code *)(uid=*} is searched for literally and cannot widen or rewrite the query.
 */
public final class LdapFilter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private LdapFilter() {
    }

    /** {@code template} with {@code {0}}, {@code {1}}... replaced by the escaped values, in one pass. */
    public static String format(String template, String... values) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filter = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            if (index >= values.length) {
                throw new IllegalArgumentException("The filter " + template + " uses {" + index + "}, but only {0}"
                        + (values.length > 1 ? " to {" + (values.length - 1) + "}" : "") + " exist");
            }
            placeholder.appendReplacement(filter, Matcher.quoteReplacement(escape(values[index])));
        }
        placeholder.appendTail(filter);
        return filter.toString();
    }

    /** RFC 4515 section 3: {@code *}, {@code (}, {@code )}, {@code \} and NUL become {@code \2a} and so on. */
    public static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '*' -> escaped.append("\\2a");
                case '(' -> escaped.append("\\28");
                case ')' -> escaped.append("\\29");
                case '\\' -> escaped.append("\\5c");
                case '\0' -> escaped.append("\\00");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
