package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A read is kept for the rest of a page view's transaction, and only there. */
class PageViewTest {

    private final Transaction transaction = new Transaction();
    private final AtomicInteger reads = new AtomicInteger();

    private Integer read() {
        return reads.incrementAndGet();
    }

    @Test
    void aPageViewReadsOncePerKey() {
        PageView.begin(transaction);
        assertEquals(1, PageView.kept(transaction, "quadrant 1", this::read));
        assertEquals(1, PageView.kept(transaction, "quadrant 1", this::read));
        assertEquals(2, PageView.kept(transaction, "quadrant 2", this::read));
        assertEquals(2, reads.get());
    }

    @Test
    void anyOtherTransactionReadsEveryTime() {
        PageView.kept(transaction, "quadrant 1", this::read);
        PageView.kept(transaction, "quadrant 1", this::read);
        assertEquals(2, reads.get());
    }

    @Test
    void withoutAnActiveTransactionNothingIsKept() {
        PageView.begin(transaction);
        transaction.status = Status.STATUS_MARKED_ROLLBACK;
        PageView.kept(transaction, "quadrant 1", this::read);
        PageView.kept(transaction, "quadrant 1", this::read);
        assertEquals(2, reads.get());
    }

    /** The registry of one transaction: its resources and its status. */
    private static final class Transaction implements TransactionSynchronizationRegistry {
        private final Map<Object, Object> resources = new HashMap<>();
        private int status = Status.STATUS_ACTIVE;

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }
}
