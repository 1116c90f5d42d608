package com.kamplanner.web.congruence;

import com.kamplanner.congruence.CongruenceLine;
import com.kamplanner.congruence.CongruenceRule;
import com.kamplanner.web.i18n.Bundle;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words of the congruence board in the reader's language, shared by the page, the API and the export: a rule's
 * name, a line's sentence ({@code congruence.line.RULE} with the subject, the figure and the KAM), and the message
 * for a rule name nobody knows.
 */
public final class CongruenceTexts {

    /** The bundle key of the message for an unknown {@code ?rule=}. */
    public static final String UNKNOWN_RULE = "congruence.rule.unknown";

    private CongruenceTexts() {
    }

    public static String rule(CongruenceRule rule, Locale locale) {
        return Bundle.text(locale, "congruence.rule." + rule.name());
    }

    public static String line(CongruenceLine line, Locale locale) {
        String kam = line.getKamName() == null ? Bundle.text(locale, "congruence.noKam") : line.getKamName();
        return Bundle.text(locale, "congruence.line." + line.getRule().name(), line.getSubjectName(),
                line.getFigureText(), kam);
    }

    /** The message for {@code value}, which names no rule, listing the names that do. */
    public static String unknownRule(String value, Locale locale) {
        return Bundle.text(locale, UNKNOWN_RULE, value, Arrays.stream(CongruenceRule.values()).map(Enum::name)
                .collect(Collectors.joining(", ")));
    }

    /** The fixed words of the exports, by the keys {@code ProgrammeWorkbooks} asks for. */
    public static Function<String, String> exportWords(Locale locale) {
        return key -> Bundle.text(locale, "programme.export." + key);
    }
}
