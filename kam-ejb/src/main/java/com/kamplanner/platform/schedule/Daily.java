package com.kamplanner.platform.schedule;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/** The slots of a job that runs every day at a local time: the date of the last such time passed. */
public record Daily(LocalTime at) {

    /** Today's date from {@link #at()} on, yesterday's before it. */
    public String slot(ZonedDateTime now) {
        ZonedDateTime today = now.with(at);
        return (now.isBefore(today) ? now.toLocalDate().minusDays(1) : now.toLocalDate()).toString();
    }
}
