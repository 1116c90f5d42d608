package com.kamplanner.situation;

import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.TemplateField;
import com.kamplanner.template.TemplateSection;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How complete an account's database is against the mandatory fields: the template's, plus those the segment's
 * {@link DatabaseRequirement} adds. Per section and overall, in whole percent; a section without mandatory fields
 * is complete. The overall figure counts fields, not sections, so a big section weighs more.
 */
public class Completeness implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> perSection;
    private final int overall;
    private final List<String> missing;
    private final int minimum;

    private Completeness(Map<String, Integer> perSection, int overall, List<String> missing, int minimum) {
        this.perSection = perSection;
        this.overall = overall;
        this.missing = missing;
        this.minimum = minimum;
    }

    /**
     * @param values      stored values by section key, then field key
     * @param requirement the segment's required level, or null
     */
    public static Completeness of(DocumentTemplate template, Map<String, Map<String, String>> values,
                                  DatabaseRequirement requirement) {
        Map<String, Integer> perSection = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        int required = 0;
        int filled = 0;
        for (TemplateSection section : template.getSections()) {
            Map<String, String> sectionValues = values.getOrDefault(section.getKey(), Map.of());
            int sectionRequired = 0;
            int sectionFilled = 0;
            for (TemplateField field : section.getFields()) {
                boolean mandatory = field.isMandatory()
                        || (requirement != null && requirement.requires(section.getKey(), field.getKey()));
                if (!mandatory) {
                    continue;
                }
                sectionRequired++;
                if (FieldValues.filled(field, sectionValues.get(field.getKey()))) {
                    sectionFilled++;
                } else {
                    missing.add(section.getKey() + "." + field.getKey());
                }
            }
            perSection.put(section.getKey(), percent(sectionFilled, sectionRequired));
            required += sectionRequired;
            filled += sectionFilled;
        }
        return new Completeness(perSection, percent(filled, required), missing,
                requirement == null ? 0 : requirement.getMinimumCompleteness());
    }

    private static int percent(int filled, int required) {
        return required == 0 ? 100 : (int) Math.floor(100.0 * filled / required);
    }

    public int getOverall() {
        return overall;
    }

    public int section(String key) {
        return perSection.getOrDefault(key, 100);
    }

    public Map<String, Integer> getPerSection() {
        return Collections.unmodifiableMap(perSection);
    }

    /** Mandatory fields still empty, as {@code sectionKey.fieldKey}. */
    public List<String> getMissing() {
        return Collections.unmodifiableList(missing);
    }

    /** The segment's minimum completeness in percent (0 when none is set). */
    public int getMinimum() {
        return minimum;
    }

    public boolean isBelowMinimum() {
        return overall < minimum;
    }
}
