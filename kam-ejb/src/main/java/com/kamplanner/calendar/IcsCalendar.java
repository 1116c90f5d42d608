package com.kamplanner.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a feed as iCalendar text: one all-day event (DTSTART;VALUE=DATE, ending the next day) per entry, with the
 * entry's stable UID and a link to the page where the item is done. The words come from the caller, so that this
 * class holds the format and the web layer the language.
 */
public final class IcsCalendar {

    static final String PRODUCT = "-//KAM Planner//Calendar feed//EN";

    private IcsCalendar() {
    }

    /**
     * @param name     the calendar's name, as clients show it (X-WR-CALNAME)
     * @param summary  the event's title in the owner's language
     * @param baseUrl  the application root, ending with a slash, that entries' URLs are relative to
     */
    public static String write(String name, List<CalendarEntry> entries, Function<CalendarEntry, String> summary,
                               String baseUrl) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (CalendarEntry entry : entries) {
            VEvent event = new VEvent(entry.date(), summary.apply(entry));
            event.add(new DtEnd<>(entry.date().plusDays(1)));
            event.add(new Uid(entry.uid()));
            event.add(new Url(java.net.URI.create(baseUrl + entry.url())));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
