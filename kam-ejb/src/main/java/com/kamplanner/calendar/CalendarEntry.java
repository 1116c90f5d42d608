package com.kamplanner.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One all-day event of a person's calendar feed. The {@code uid} names the record it comes from, never the date or
 * the title, so that a calendar client updates the event when either changes instead of adding another. The web
 * layer words the summary from the kind and {@code titleArgs} ({@code calendar.event.<KIND>}), in the owner's
 * language; {@code url} is relative to the application root.
 */
public record CalendarEntry(String uid, Kind kind, LocalDate date, List<Object> titleArgs, Long accountId,
                            String url) {

    /** What the event is. Add new ones, never rename one: the bundles word each. */
    public enum Kind {
        /** An open action plan's due date: the owner's, and for a KAM every one on their accounts. */
        ACTION_PLAN_DUE,
        /** When a Key Account Plan is next due for review (its segment's cadence). */
        PLAN_REVIEW,
        /** A strategic milestone of the plan: an objective's indicator target date. */
        MILESTONE,
        /** Executive: when the next sponsor meeting with a sponsored account is due. */
        SPONSOR_MEETING,
        /** The end of an open competency campaign, for those it asks something of. */
        CAMPAIGN_DEADLINE
    }

    public CalendarEntry {
        titleArgs = List.copyOf(titleArgs);
    }

    /** The UID of a record of this kind: {@code <prefix>-<id>@kamplanner}. */
    static String uidOf(String prefix, Object id) {
        return prefix + "-" + id + "@kamplanner";
    }
}
