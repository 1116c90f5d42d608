package com.kamplanner.situation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.template.DefaultDatabaseTemplate;
import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.TemplateSection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input in a section gets a problem on its field; good input is stored in one plain, safe form. */
class FieldValuesTest {

    private final DocumentTemplate template = DefaultDatabaseTemplate.build();
    private final TemplateSection customer = template.section(DefaultDatabaseTemplate.CUSTOMER).orElseThrow();
    private final TemplateSection history = template.section(DefaultDatabaseTemplate.HISTORY).orElseThrow();

    @Test
    void aNumberFieldGivenTextIsAProblemOnThatField() {
        InvalidSectionException e = assertThrows(InvalidSectionException.class, () ->
                FieldValues.normalize(customer, new SectionInput().value("employees", "about twelve")));
        assertEquals(1, e.problems().size());
        assertEquals("employees", e.problems().get(0).getFieldKey());
        assertEquals("situation.value.number", e.problems().get(0).getMessageKey());
    }

    @Test
    void numbersAcceptSpacesAndADecimalComma() {
        Map<String, String> stored = FieldValues.normalize(customer, new SectionInput().value("employees", "12 500")
                .row("keyFinancials", Map.of("year", "2025", "revenue", "1 234,5")));
        assertEquals("12500", stored.get("employees"));
        assertEquals(List.of(Map.of("year", "2025", "revenue", "1234.50")),
                TableRows.read(stored.get("keyFinancials")));
    }

    @Test
    void aDateOutOfRangeIsAProblemAndAGoodDateIsStoredInIsoForm() {
        InvalidSectionException e = assertThrows(InvalidSectionException.class, () ->
                FieldValues.normalize(history, new SectionInput().value("relationshipSince", "1850-03-01")));
        assertEquals("situation.value.dateRange", e.problems().get(0).getMessageKey());
        assertEquals("2014-06-30", FieldValues.normalize(history,
                new SectionInput().value("relationshipSince", "2014-06-30")).get("relationshipSince"));
        assertEquals("situation.value.date", assertThrows(InvalidSectionException.class, () ->
                FieldValues.normalize(history, new SectionInput().value("relationshipSince", "30/06/2014")))
                .problems().get(0).getMessageKey());
    }

    @Test
    void aTableRowMissingARequiredCellNamesTheRowAndColumn() {
        InvalidSectionException e = assertThrows(InvalidSectionException.class, () -> FieldValues.normalize(history,
                new SectionInput()
                        .row("events", Map.of("date", "2024-01-10", "type", "CONTRACT", "description", "Framework"))
                        .row("events", Map.of("date", "2024-05-02", "type", "MEETING"))));
        FieldProblem problem = e.problems().get(0);
        assertEquals("events", problem.getFieldKey());
        assertEquals("situation.cell.required", problem.getMessageKey());
        assertEquals(2, problem.getRow());
        assertEquals("description", problem.getColumnKey());
    }

    @Test
    void blankRowsAreDroppedAndAnUnknownChoiceIsRefused() {
        Map<String, String> stored = FieldValues.normalize(history, new SectionInput()
                .row("events", Map.of()).row("revenueByYear", Map.of("year", "2024", "revenue", "3000000")));
        assertNull(stored.get("events"));
        assertEquals("situation.cell.choice", assertThrows(InvalidSectionException.class, () ->
                FieldValues.normalize(history, new SectionInput().row("events",
                        Map.of("date", "2024-01-10", "type", "PICNIC", "description", "x")))).problems().get(0)
                .getMessageKey());
    }

    @Test
    void richTextIsSanitisedBeforeItIsStored() {
        String stored = FieldValues.normalize(customer, new SectionInput().value("businessModel",
                "<p onclick=\"steal()\">Sells <b>satellites</b><script>alert(1)</script></p>"
                        + "<img src=x onerror=alert(2)>")).get("businessModel");
        assertTrue(stored.contains("<b>satellites</b>"), stored);
        assertFalse(stored.contains("script"), stored);
        assertFalse(stored.contains("onclick"), stored);
        assertFalse(stored.contains("onerror"), stored);
        assertNull(FieldValues.normalize(customer, new SectionInput().value("businessModel",
                "<script>alert(1)</script>")).get("businessModel"), "nothing but a script is nothing");
    }

    @Test
    void tableRowsSurviveCommasQuotesAndNewlines() {
        List<Map<String, String>> rows = List.of(Map.of("competitor", "Acme, \"the\" rival", "strengths", "a\nb"));
        String stored = TableRows.write(List.of("competitor", "share", "strengths"), rows);
        assertEquals(rows, TableRows.read(stored));
    }
}
