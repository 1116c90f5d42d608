package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

class OptimisticSaveTest {

    @Test
    void aVersionConflictIsRecognisedHoweverDeepItIsWrapped() {
        assertTrue(OptimisticSave.isVersionConflict(new OptimisticLockException()));
        assertTrue(OptimisticSave.isVersionConflict(
                new PersistenceException(new RuntimeException(new OptimisticLockException()))));
    }

    @Test
    void otherDatabaseErrorsAreNotMistakenForConflicts() {
        assertFalse(OptimisticSave.isVersionConflict(new PersistenceException("unique constraint violated")));
    }
}
