package com.kamplanner.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * The save path every service shares: merge, flush now, and turn a version conflict into a
 * {@link StaleEditException} while the transaction is still ours to report on.
 */
public final class OptimisticSave {

    private OptimisticSave() {
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

    static boolean isVersionConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
