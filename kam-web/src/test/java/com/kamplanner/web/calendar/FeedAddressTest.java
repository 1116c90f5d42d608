package com.kamplanner.web.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kamplanner.calendar.CalendarEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FeedAddressTest {

    @Test
    void theTokenIsTheOneSegmentBeforeIcs() {
        assertEquals("abc_DEF-123", FeedAddress.token("/abc_DEF-123.ics"));
        assertNull(FeedAddress.token(null), "/calendar itself");
        assertNull(FeedAddress.token("/"));
        assertNull(FeedAddress.token("/.ics"));
        assertNull(FeedAddress.token("/abc"), "not a feed");
        assertNull(FeedAddress.token("/a/b.ics"), "one segment only");
    }

    @Test
    void eventsAreWordedInTheOwnersLanguage() {
        CalendarEntry due = new CalendarEntry("actionplan-1@kamplanner", CalendarEntry.Kind.ACTION_PLAN_DUE,
                LocalDate.of(2027, 1, 4), List.of("Plant visits", "Airbus"), 3L, "plan/team.xhtml?account=3");
        assertEquals("Action plan due: Plant visits (Airbus)", CalendarFeedServlet.summary(due, Locale.ENGLISH));
        assertEquals("Échéance du plan d’action : Plant visits (Airbus)",
                CalendarFeedServlet.summary(due, Locale.FRENCH));
    }
}
