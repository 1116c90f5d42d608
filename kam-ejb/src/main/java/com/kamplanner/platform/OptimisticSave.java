package com.kamplanner.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/**
 * The save path every service shares: merge, flush now, and turn a version conflict into a
 * {@link StaleEditException} while the transaction is still ours to report on.
 */
public final class OptimisticSave {

    private OptimisticSave() {
    }

    /**
     * The version the user loaded must still be the stored one; otherwise someone else saved the record since, and
     * the edit is refused with {@link StaleEditException} rather than overwriting theirs.
     */
    public static void expectVersion(long storedVersion, long loadedVersion) {
        if (storedVersion != loadedVersion) {
            throw new StaleEditException();
        }
    }

    public static <T> T save(EntityManager em, T entity) {
        try {
            T merged = em.merge(entity);
            em.flush();
            return merged;
        } catch (RuntimeException e) {
            if (isVersionConflict(e)) {
                throw new StaleEditException();
            }
            throw e;
        }
    }

    /**
     * Flushes now. Besides a version conflict, a duplicate key counts as someone else's save: two people saving
     * the first version of the same record at once both insert it, and the unique key refuses the second.
     */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (RuntimeException e) {
            if (isVersionConflict(e) || isDuplicateKey(e)) {
                throw new StaleEditException();
            }
            throw e;
        }
    }

    /** SQLSTATE 23505, unique violation, on H2 and PostgreSQL alike. */
    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static boolean isVersionConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
