package com.kamplanner.health;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.Audited;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Marks the stored health stale after a committed write, as {@code congruence.SummaryMarks} does for the
 * congruence summary: once per transaction and only once it has committed. Every audited write but the exports
 * marks it: plans, action plans, stakeholders, sponsor meetings, stages and weights all move a score, and a
 * needless refresh costs one computation. {@link HealthJob} then computes again within a minute.
 */
@ApplicationScoped
public class HealthMarks {

    private static final Logger LOG = Logger.getLogger(HealthMarks.class.getName());

    private static final Object KEY = HealthMarks.class;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    HealthRefresh refresh;

    /** True when a write audited as {@code action} may change an account's health. */
    static boolean changesHealth(AuditAction action) {
        return !action.name().endsWith("_EXPORTED");
    }

    void onAudited(@Observes Audited audited) {
        if (!changesHealth(audited.action())) {
            return;
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            mark();
            return;
        }
        if (transactions.getResource(KEY) == null) {
            transactions.putResource(KEY, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        mark();
                    }
                }
            });
        }
    }

    private void mark() {
        try {
            refresh.markStale();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Account health not marked stale; it is computed again tomorrow", e);
        }
    }
}
