package com.kamplanner.platform;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Marks the current transaction as the read of one page view (the web module's {@code PageViewTransaction}: the
 * GET of an account's document page), in which nothing the page shows is written. A read that two parts of such a
 * page both make, such as the account's place in the selection matrix (the header's and the strategy's), may then
 * be {@link #kept} for the rest of the transaction instead of being read twice (issue 17, statements per page).
 * Anywhere else, a write and a read can share a transaction, so nothing is kept. Nothing outlives the
 * transaction, so nothing is shared between requests, users or cluster nodes.
 */
public final class PageView {

    private static final Object KEY = PageView.class;

    private PageView() {
    }

    /** Marks the transaction just begun as a page view's. */
    public static void begin(TransactionSynchronizationRegistry transactions) {
        transactions.putResource(KEY, new HashMap<Object, Object>());
    }

    /**
     * What {@code read} gives, read once per page view for {@code key}; in any other transaction, or with none,
     * read every time.
     */
    @SuppressWarnings("unchecked")
    public static <T> T kept(TransactionSynchronizationRegistry transactions, Object key, Supplier<T> read) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return read.get();
        }
        Map<Object, Object> kept = (Map<Object, Object>) transactions.getResource(KEY);
        if (kept == null) {
            return read.get();
        }
        if (kept.containsKey(key)) {
            return (T) kept.get(key);
        }
        T value = read.get();
        kept.put(key, value);
        return value;
    }
}
