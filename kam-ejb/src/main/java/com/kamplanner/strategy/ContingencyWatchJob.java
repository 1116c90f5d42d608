package com.kamplanner.strategy;

import com.kamplanner.platform.schedule.Daily;
import com.kamplanner.platform.schedule.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Checks every armed contingency each night at 02:30, on one node of the cluster: what no write announces (a
 * milestone's date passing) fires here, and whatever a write's check missed is caught the next night.
 */
@ApplicationScoped
public class ContingencyWatchJob implements ScheduledJob {

    static final Daily NIGHT = new Daily(LocalTime.of(2, 30));

    @Inject
    ContingencyWatch watch;

    @Override
    public String name() {
        return "contingency-watch";
    }

    @Override
    public String slot(ZonedDateTime now) {
        return NIGHT.slot(now);
    }

    @Override
    public Duration lease() {
        return Duration.ofMinutes(30);
    }

    @Override
    public void run(ZonedDateTime now) {
        watch.checkAll(now.toLocalDate());
    }
}
