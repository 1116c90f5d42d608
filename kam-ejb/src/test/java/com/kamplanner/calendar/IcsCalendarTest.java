package com.kamplanner.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 15);

    private static final List<CalendarEntry> ENTRIES = List.of(
            new CalendarEntry(CalendarEntry.uidOf("actionplan", 42), CalendarEntry.Kind.ACTION_PLAN_DUE, DUE,
                    List.of("Call the buyer", "Acme"), 7L, "plan/team.xhtml?account=7"),
            new CalendarEntry(CalendarEntry.uidOf("planreview", 7), CalendarEntry.Kind.PLAN_REVIEW, DUE.plusDays(3),
                    List.of("Acme"), 7L, "plan/plan.xhtml?account=7"));

    @Test
    void eachEntryIsAnAllDayEventWithItsStableUidSummaryAndLink() throws Exception {
        Calendar calendar = parse(write());

        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertEquals(2, events.size());
        VEvent due = events.get(0);
        assertEquals("actionplan-42@kamplanner", due.getUid().orElseThrow().getValue());
        assertEquals("Due: Call the buyer (Acme)", due.getSummary().getValue());
        assertEquals("20270315", due.getDateTimeStart().getValue(), "a date, not a time");
        assertEquals("DATE", due.getDateTimeStart().getParameter("VALUE").orElseThrow().getValue());
        assertEquals("20270316", due.getDateTimeEnd().getValue(), "an all-day event ends the next day");
        assertEquals("https://kam.example/plan/team.xhtml?account=7",
                due.getProperty(Property.URL).orElseThrow().getValue());
        assertEquals("planreview-7@kamplanner", events.get(1).getUid().orElseThrow().getValue());
        assertEquals("Emma's calendar", calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        assertEquals(IcsCalendar.PRODUCT, calendar.getProductId().getValue());
        assertEquals("2.0", calendar.getVersion().getValue());
    }

    @Test
    void theSameEntriesGiveTheSameUidsOnEveryWriting() throws Exception {
        List<String> first = uids(parse(write()));
        List<String> second = uids(parse(write()));
        assertEquals(first, second);
    }

    @Test
    void anEmptyFeedIsStillAValidCalendar() throws Exception {
        String text = IcsCalendar.write("Nobody", List.of(), e -> "", "https://kam.example/");
        assertTrue(text.startsWith("BEGIN:VCALENDAR"), text);
        assertTrue(parse(text).getComponents(VEvent.VEVENT).isEmpty());
    }

    @Test
    void textWithCommasAndNewLinesIsEscapedNotBreakingTheFeed() throws Exception {
        String text = IcsCalendar.write("Cal", ENTRIES.subList(0, 1), e -> "Due: a, b; c\nnext", "https://k/");
        assertFalse(text.contains("c\nnext"), "a raw newline would end the property");
        VEvent event = parse(text).<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertEquals("Due: a, b; c\nnext", event.getSummary().getValue());
    }

    private static String write() {
        return IcsCalendar.write("Emma's calendar", ENTRIES, e -> switch (e.kind()) {
            case ACTION_PLAN_DUE -> "Due: " + e.titleArgs().get(0) + " (" + e.titleArgs().get(1) + ")";
            default -> "Review: " + e.titleArgs().get(0);
        }, "https://kam.example/");
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream().map(e -> e.getUid().orElseThrow().getValue())
                .toList();
    }
}
