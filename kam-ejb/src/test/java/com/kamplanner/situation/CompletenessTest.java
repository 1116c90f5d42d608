package com.kamplanner.situation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.selection.Quadrant;
import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.template.DocumentTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Completeness counts the mandatory fields filled, per section and overall, with the segment's extra fields. */
class CompletenessTest {

    private final DocumentTemplate template = DefaultDatabaseTemplate.build();

    @Test
    void anEmptyDatabaseIsZeroAndSectionsWithoutMandatoryFieldsDoNotExist() {
        Completeness c = Completeness.of(template, Map.of(), null);
        assertEquals(0, c.getOverall());
        assertEquals(0, c.section(DefaultDatabaseTemplate.CUSTOMER));
        assertEquals(11, mandatoryCount(), "the default template's mandatory fields");
        assertEquals(11, c.getMissing().size());
    }

    @Test
    void perSectionAndOverallCountFilledMandatoryFields() {
        Map<String, Map<String, String>> values = new HashMap<>();
        values.put(DefaultDatabaseTemplate.CUSTOMER, Map.of("businessModel", "<p>Satellites</p>",
                "markets", "<p>Europe</p>", "environment", "<p>not mandatory</p>"));
        values.put(DefaultDatabaseTemplate.COMPETITION, Map.of(DefaultDatabaseTemplate.COMPETITORS,
                TableRows.write(List.of("competitor"), List.of(Map.of("competitor", "Airbus")))));
        Completeness c = Completeness.of(template, values, null);
        assertEquals(50, c.section(DefaultDatabaseTemplate.CUSTOMER), "2 of 4 mandatory fields");
        assertEquals(100, c.section(DefaultDatabaseTemplate.COMPETITION));
        assertEquals(0, c.section(DefaultDatabaseTemplate.HISTORY));
        assertEquals(27, c.getOverall(), "3 of 11, rounded down");
        assertFalse(c.getMissing().contains("customer.businessModel"));
        assertTrue(c.getMissing().contains("customer.strategicPriorities"));
    }

    @Test
    void aTableWithOnlyAHeaderIsNotFilled() {
        Completeness c = Completeness.of(template, Map.of(DefaultDatabaseTemplate.COMPETITION,
                Map.of(DefaultDatabaseTemplate.COMPETITORS, "competitor,share\n")), null);
        assertEquals(0, c.section(DefaultDatabaseTemplate.COMPETITION));
    }

    @Test
    void theSegmentsRequiredLevelAddsMandatoryFieldsAndAMinimum() {
        DatabaseRequirement strategic = new DatabaseRequirement(Quadrant.STRATEGIC);
        strategic.setMinimumCompleteness(80);
        strategic.setRequiredFields(Set.of("competition.competitiveSummary"));
        Map<String, Map<String, String>> values = Map.of(DefaultDatabaseTemplate.COMPETITION,
                Map.of(DefaultDatabaseTemplate.COMPETITORS, TableRows.write(List.of("competitor"),
                        List.of(Map.of("competitor", "Airbus")))));
        Completeness c = Completeness.of(template, values, strategic);
        assertEquals(50, c.section(DefaultDatabaseTemplate.COMPETITION));
        assertEquals(80, c.getMinimum());
        assertTrue(c.isBelowMinimum());
        assertEquals(100, Completeness.of(template, values, null).section(DefaultDatabaseTemplate.COMPETITION));
    }

    private long mandatoryCount() {
        return template.getSections().stream().flatMap(s -> s.getFields().stream()).filter(f -> f.isMandatory())
                .count();
    }
}
