package com.kamplanner.mail;

import com.kamplanner.platform.schedule.Daily;
import com.kamplanner.platform.schedule.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Writes the day's digests ({@link MailDigests}) every morning at 07:00 on one node of the cluster: after the
 * night's reminders (06:30), so that the morning's late action plans are in the day's digest. The weekly digest is
 * the same run on each person's day. The outbox's sender delivers them within the minute.
 */
@ApplicationScoped
public class MailDigestJob implements ScheduledJob {

    static final Daily MORNING = new Daily(LocalTime.of(7, 0));

    @Inject
    MailDigests digests;

    @Override
    public String name() {
        return "mail-digests";
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
        digests.writeDue(now);
    }
}
