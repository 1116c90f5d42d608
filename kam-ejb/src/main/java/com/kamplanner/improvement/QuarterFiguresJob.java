package com.kamplanner.improvement;

import com.kamplanner.platform.schedule.Daily;
import com.kamplanner.platform.schedule.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Records the quarter's figures every night at 01:20, on one node of the cluster. Idempotent: a second recording
 * on the same day writes the same figures over the first.
 */
@ApplicationScoped
public class QuarterFiguresJob implements ScheduledJob {

    static final Daily NIGHTLY = new Daily(LocalTime.of(1, 20));

    @Inject
    QuarterRecording recording;

    @Override
    public String name() {
        return "quarter-figures";
    }

    @Override
    public String slot(ZonedDateTime now) {
        return NIGHTLY.slot(now);
    }

    @Override
    public Duration lease() {
        return Duration.ofMinutes(30);
    }

    @Override
    public void run(ZonedDateTime now) {
        recording.record(now.toLocalDate());
    }
}
