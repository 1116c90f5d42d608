package com.kamplanner.platform.schedule;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** The slots of a job that runs at every tick: each minute is a slot of its own. */
public final class EveryMinute {

    private EveryMinute() {
    }

    /** The minute of {@code now}, as a local date and time. */
    public static String slot(ZonedDateTime now) {
        return now.truncatedTo(ChronoUnit.MINUTES).toLocalDateTime().toString();
    }
}
