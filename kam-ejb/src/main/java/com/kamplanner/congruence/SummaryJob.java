package com.kamplanner.congruence;

import com.kamplanner.platform.schedule.EveryMinute;
import com.kamplanner.platform.schedule.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * Looks at the congruence summary every minute on one node of the cluster and counts again when
 * {@link SummaryRules#due} says so: the writes of the last minute cost one count between them.
 */
@ApplicationScoped
public class SummaryJob implements ScheduledJob {

    @Inject
    SummaryRefresh refresh;

    @Override
    public String name() {
        return "congruence-summary";
    }

    /** Every minute is a slot of its own. */
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
