package com.kamplanner.congruence;

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
        AfterCommit.once(transactions, KEY, this::mark);
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
