package com.kamplanner.health;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.Audited;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import com.kamplanner.platform.AfterCommit;
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
        AfterCommit.once(transactions, KEY, this::mark);
    }

    private void mark() {
        try {
            refresh.markStale();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Account health not marked stale; it is computed again tomorrow", e);
        }
    }
}
