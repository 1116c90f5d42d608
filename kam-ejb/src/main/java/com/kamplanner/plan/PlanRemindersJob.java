package com.kamplanner.plan;

import com.kamplanner.sponsorship.SponsorReminders;
import com.kamplanner.platform.schedule.Daily;
import com.kamplanner.platform.schedule.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** Sends the day's reminders ({@link PlanReminders}, {@link SponsorReminders}) every morning at 06:30, on one node of the cluster. */
@ApplicationScoped
public class PlanRemindersJob implements ScheduledJob {

    static final Daily MORNING = new Daily(LocalTime.of(6, 30));

    @Inject
    PlanReminders reminders;

    @Inject
    SponsorReminders sponsors;

    @Override
    public String name() {
        return "plan-reminders";
    }

    @Override
    public String slot(ZonedDateTime now) {
        return MORNING.slot(now);
    }

    @Override
    public Duration lease() {
        return Duration.ofMinutes(30);
    }

    @Override
    public void run(ZonedDateTime now) {
        reminders.remind(now.toLocalDate());
        sponsors.remind(now.toLocalDate());
    }
}
