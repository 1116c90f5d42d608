package com.kamplanner.mail;

import com.kamplanner.platform.ProgrammeMetrics;
import com.kamplanner.platform.Settings;
import com.kamplanner.platform.schedule.JobScheduler;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the due mails of the outbox: claim, send, mark, one mail at a time and each step committed on its own,
 * outside any transaction while talking to the SMTP server. A mail is sent only by the node whose claim
 * succeeded, so two nodes (or a tick and a hand-run) never send it twice; a refusal or an unreachable server puts
 * it back with a later attempt ({@link DeliveryRules}); past the give-up time it fails with the error kept.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    /** At most this many mails per run; the rest wait for the next minute. */
    static final int BATCH = 200;
    /** A claim older than this is a dead node's: its mail goes back to the queue. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

    private static final String UNUSABLE_ADDRESS = "Unusable address: ";

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    OutboxRows rows;

    @Inject
    MailSession mailSession;

    @Inject
    JobScheduler scheduler;

    @Inject
    ProgrammeMetrics metrics;

    /** What one run did. */
    public record Run(int sent, int retried, int failed) {
    }

    /** Sends every mail due at {@code now}; does nothing with e-mail off. */
    public Run sendDue(Instant now) {
        Optional<Session> session = mailSession.get();
        if (session.isEmpty()) {
            return new Run(0, 0, 0);
        }
        rows.reclaimAbandoned(now.minus(ABANDONED_AFTER));
        Duration giveUpAfter = DeliveryRules.giveUpAfter(Settings.get(Settings.MAIL_GIVE_UP_AFTER));
        Optional<String> publicUrl = Settings.get(Settings.PUBLIC_URL);
        String node = scheduler.node();
        int sent = 0;
        int retried = 0;
        int failed = 0;
        List<Long> due = rows.due(now, BATCH);
        for (long id : due) {
            if (!rows.claim(id, node, Instant.now())) {
                continue;
            }
            OutboxMail mail = rows.read(id);
            Optional<String> error = send(session.get(), mail, publicUrl);
            if (error.isEmpty()) {
                rows.markSent(id, node, Instant.now());
                metrics.mailSent();
                sent++;
                continue;
            }
            Optional<Instant> next = permanent(error.get()) ? Optional.empty()
                    : DeliveryRules.nextAttempt(mail.getCreatedAt(), mail.getAttempts() + 1, now, giveUpAfter);
            if (next.isPresent()) {
                rows.retryLater(id, node, next.get(), error.get());
                retried++;
                LOG.info(() -> "Mail " + id + " not sent, tried again at " + next.get() + ": " + error.get());
            } else {
                rows.markFailed(id, node, error.get());
                metrics.mailFailed();
                failed++;
                LOG.warning(() -> "Mail " + id + " given up: " + error.get());
            }
        }
        metrics.mailsWaiting(rows.waiting());
        return new Run(sent, retried, failed);
    }

    /** Hands the mail to the SMTP server; the failure's description if it did not take it. */
    private static Optional<String> send(Session session, OutboxMail mail, Optional<String> publicUrl) {
        try {
            Transport.send(MailComposer.compose(session, mail, publicUrl));
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of(UNUSABLE_ADDRESS + DeliveryRules.describe(e));
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "Mail " + mail.getId() + " not sent", e);
            return Optional.of(DeliveryRules.describe(e));
        }
    }

    /** An address that cannot be parsed will not parse on the next attempt either. */
    private static boolean permanent(String error) {
        return error.startsWith(UNUSABLE_ADDRESS);
    }
}
