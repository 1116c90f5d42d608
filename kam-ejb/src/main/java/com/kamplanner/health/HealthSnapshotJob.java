package com.kamplanner.health;

import com.kamplanner.platform.schedule.Daily;
import com.kamplanner.platform.schedule.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Every night at 02:15, on one node of the cluster: computes every account's health and keeps it as the score of
 * the month, so that the account page's trend has one point per month (the last night of a month wins).
 */
@ApplicationScoped
public class HealthSnapshotJob implements ScheduledJob {

    static final Daily NIGHT = new Daily(LocalTime.of(2, 15));

    @Inject
    HealthRefresh refresh;

    @Override
    public String name() {
        return "account-health-snapshot";
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
        refresh.snapshot(now.toLocalDate());
    }
}
