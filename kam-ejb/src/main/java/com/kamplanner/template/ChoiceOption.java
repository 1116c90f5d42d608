package com.kamplanner.template;

import com.kamplanner.platform.Bilingual;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One option of a choice list: a stable code stored in the values, and its label in English and French. A
 * template stores a list as text, one option per line: {@code CODE=English label=Libellé français}.
 */
public class ChoiceOption {

    private final String code;
    private final String labelEn;
    private final String labelFr;

    public ChoiceOption(String code, String labelEn, String labelFr) {
        this.code = code;
        this.labelEn = labelEn;
        this.labelFr = labelFr;
    }

    public String getCode() {
        return code;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String label(Locale locale) {
        return Bilingual.pick(locale, labelEn, labelFr);
    }

    /** Parses the stored form; blank lines are ignored, a line without labels uses its code. */
    public static List<ChoiceOption> parse(String stored) {
        List<ChoiceOption> options = new ArrayList<>();
        if (stored == null) {
            return options;
        }
        for (String line : stored.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("=", 3);
            String code = parts[0].trim();
            String en = parts.length > 1 ? parts[1].trim() : code;
            String fr = parts.length > 2 ? parts[2].trim() : en;
            options.add(new ChoiceOption(code, en, fr));
        }
        return options;
    }

    public static String format(List<ChoiceOption> options) {
        StringBuilder text = new StringBuilder();
        for (ChoiceOption option : options) {
            text.append(option.code).append('=').append(option.labelEn).append('=').append(option.labelFr).append('\n');
        }
        return text.toString();
    }
}
