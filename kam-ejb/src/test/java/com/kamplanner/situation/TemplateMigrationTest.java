package com.kamplanner.situation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.FieldType;
import com.kamplanner.template.TemplateField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Moving to a new template version keeps the values of fields that remain and lists the others. */
class TemplateMigrationTest {

    @Test
    void valuesOfRemainingFieldsAreKeptAndValuesOfRemovedFieldsListed() {
        DocumentTemplate v1 = DefaultDatabaseTemplate.build();
        DocumentTemplate v2 = v1.copyAsDraft(2, "Leaner database");
        v2.section(DefaultDatabaseTemplate.CUSTOMER).orElseThrow().remove("environment");
        v2.section(DefaultDatabaseTemplate.CUSTOMER).orElseThrow()
                .add(new TemplateField("esg", FieldType.RICH_TEXT, false, "ESG commitments", "Engagements RSE"));
        Map<String, Map<String, String>> values = Map.of(
                DefaultDatabaseTemplate.CUSTOMER, Map.of("businessModel", "<p>Satellites</p>",
                        "environment", "<p>New space regulation</p>"),
                "legacy", Map.of("note", "from an old section"));

        List<RemovedValue> removed = TemplateMigration.removedValues(v2, values);

        assertEquals(2, removed.size());
        assertEquals("customer", removed.get(0).getSectionKey());
        assertEquals("environment", removed.get(0).getFieldKey());
        assertEquals("New space regulation", removed.get(0).getPlainValue());
        assertEquals("legacy", removed.get(1).getSectionKey());
        assertTrue(TemplateMigration.removedValues(v1, Map.of(DefaultDatabaseTemplate.CUSTOMER,
                Map.of("businessModel", "x"))).isEmpty(), "a field that remains is not listed");
        Completeness before = Completeness.of(v1, values, null);
        Completeness after = Completeness.of(v2, values, null);
        assertEquals(before.section(DefaultDatabaseTemplate.CUSTOMER),
                after.section(DefaultDatabaseTemplate.CUSTOMER), "kept values still count");
    }

    @Test
    void aDraftCopyHasTheSameSectionsAndFieldsButIsIndependent() {
        DocumentTemplate v1 = DefaultDatabaseTemplate.build();
        DocumentTemplate v2 = v1.copyAsDraft(2, "Copy");
        v2.section("needs").orElseThrow().remove("expectations");
        assertTrue(v1.field("needs", "expectations").isPresent());
        assertEquals(4, v2.getSections().size());
        assertEquals(v1.field("needs", "offeringPositions").orElseThrow().getColumns().get(1).getChoiceOptions()
                .size(), 4, "the Kraljic positions");
    }
}
