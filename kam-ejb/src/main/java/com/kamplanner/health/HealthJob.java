package com.kamplanner.health;

import com.kamplanner.platform.schedule.EveryMinute;
import com.kamplanner.platform.schedule.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * Looks at the stored health every minute on one node of the cluster and computes it again when a write made it
 * stale or the day changed: the writes of the last minute cost one computation between them.
 */
@ApplicationScoped
public class HealthJob implements ScheduledJob {

    @Inject
    HealthRefresh refresh;

    @Override
    public String name() {
        return "account-health";
    }

    @Override
    public String slot(ZonedDateTime now) {
        return EveryMinute.slot(now);
    }

    @Override
    public Duration lease() {
        return Duration.ofMinutes(10);
    }

    @Override
    public boolean frequent() {
        return true;
    }

    @Override
    public void run(ZonedDateTime now) {
        refresh.refreshIfDue(now.toInstant());
    }
}
