package com.kamplanner.mail;

import com.kamplanner.platform.schedule.EveryMinute;
import com.kamplanner.platform.schedule.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * Runs the outbox's sender every minute on one node of the cluster. The lease only spares the other nodes the
 * work: each mail's own claim is what keeps it from leaving twice, should a slow run outlive its lease.
 */
@ApplicationScoped
public class MailSenderJob implements ScheduledJob {

    @Inject
    MailSender sender;

    @Override
    public String name() {
        return "mail-outbox";
    }

    /** Every minute is a slot of its own. */
    @Override
    public String slot(ZonedDateTime now) {
        return EveryMinute.slot(now);
    }

    @Override
    public Duration lease() {
        return Duration.ofMinutes(5);
    }

    /** Once a minute: its runs stay out of the INFO log; the sender logs each refusal and failure itself. */
    @Override
    public boolean frequent() {
        return true;
    }

    @Override
    public void run(ZonedDateTime now) {
        sender.sendDue(now.toInstant());
    }
}
