package com.kamplanner.web.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows the moments of the plan pages (submitted, returned, updated, commented) to the minute, in server time. */
@Named
@ApplicationScoped
public class PlanDates {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String at(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(ZoneId.systemDefault()));
    }
}
