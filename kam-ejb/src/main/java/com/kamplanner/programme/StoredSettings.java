package com.kamplanner.programme;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The programme's stored settings ({@link ProgrammeSetting}), read all at once and kept for the rest of the
 * transaction: a page reads several, most of them never stored (their default applies), and looking up a row that
 * does not exist goes to the database every time (issue 17, statements per page). Nothing outlives the transaction,
 * so a setting another node changes is read at the next request.
 */
public final class StoredSettings {

    private static final Object KEY = StoredSettings.class;

    private StoredSettings() {
    }

    /** The stored value of the setting, or empty when it was never stored. */
    public static Optional<String> value(EntityManager em, TransactionSynchronizationRegistry transactions,
            String name) {
        return Optional.ofNullable(all(em, transactions).get(name));
    }

    /** Keeps the transaction's copy in step with a setting just stored. */
    static void stored(TransactionSynchronizationRegistry transactions, String name, String value) {
        if (active(transactions)) {
            @SuppressWarnings("unchecked")
            Map<String, String> kept = (Map<String, String>) transactions.getResource(KEY);
            if (kept != null) {
                kept.put(name, value);
            }
        }
    }

    private static Map<String, String> all(EntityManager em, TransactionSynchronizationRegistry transactions) {
        if (!active(transactions)) {
            return read(em);
        }
        @SuppressWarnings("unchecked")
        Map<String, String> kept = (Map<String, String>) transactions.getResource(KEY);
        if (kept == null) {
            kept = read(em);
            transactions.putResource(KEY, kept);
        }
        return kept;
    }

    private static Map<String, String> read(EntityManager em) {
        Map<String, String> values = new HashMap<>();
        em.createQuery("select s from ProgrammeSetting s", ProgrammeSetting.class).getResultList()
                .forEach(s -> values.put(s.getName(), s.getValue()));
        return values;
    }

    private static boolean active(TransactionSynchronizationRegistry transactions) {
        return transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }
}
