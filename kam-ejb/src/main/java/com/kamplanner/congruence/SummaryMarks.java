package com.kamplanner.congruence;

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
 * Marks the congruence summary stale after a committed write that may change a rule ({@link SummaryRules}): once
 * per transaction, however many lines it audits (an import audits each account), and only once it has committed,
 * so the write waits for nothing and a rolled-back one marks nothing. {@link SummaryJob} then counts again.
 */
@ApplicationScoped
public class SummaryMarks {

    private static final Logger LOG = Logger.getLogger(SummaryMarks.class.getName());

    private static final Object KEY = SummaryMarks.class;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    SummaryRefresh refresh;

    void onAudited(@Observes Audited audited) {
        if (!SummaryRules.changesARule(audited.action())) {
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
            LOG.log(Level.WARNING, "Congruence summary not marked stale; it is counted again within "
                    + SummaryRules.MAX_AGE, e);
        }
    }
}
