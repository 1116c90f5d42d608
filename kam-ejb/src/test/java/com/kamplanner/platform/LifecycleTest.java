package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static final String NOT_DRAFT = "thing.notDraft";
    private static final String NOT_ACTIVE = "thing.notActive";

    @Test
    void aNewVersionIsADraftNeverActivated() {
        Lifecycle lifecycle = new Lifecycle(3);
        assertTrue(lifecycle.isDraft());
        assertEquals(LifecycleStatus.DRAFT, lifecycle.getStatus());
        assertEquals(3, lifecycle.getNumber());
        assertNotNull(lifecycle.getCreatedAt());
        assertNull(lifecycle.getActivatedAt());
    }

    @Test
    void aDraftGoesIntoForceOnceWithTheDateItDid() {
        Lifecycle lifecycle = new Lifecycle(3);
        lifecycle.activate(NOT_DRAFT);
        assertTrue(lifecycle.isActive());
        assertNotNull(lifecycle.getActivatedAt());
        BusinessRuleException again = assertThrows(BusinessRuleException.class, () -> lifecycle.activate(NOT_DRAFT));
        assertEquals(NOT_DRAFT, again.messageKey(), "the artefact's own key");
        assertArrayEquals(new Object[] {3}, again.arguments(), "naming the version");
    }

    @Test
    void anArchivedVersionNeverComesBackNorChanges() {
        Lifecycle lifecycle = new Lifecycle(4);
        lifecycle.activate(NOT_DRAFT);
        lifecycle.archive();
        assertEquals(LifecycleStatus.ARCHIVED, lifecycle.getStatus());
        assertEquals(NOT_DRAFT, assertThrows(BusinessRuleException.class, () -> lifecycle.activate(NOT_DRAFT))
                .messageKey());
        assertEquals(NOT_DRAFT, assertThrows(BusinessRuleException.class, () -> lifecycle.requireDraft(NOT_DRAFT))
                .messageKey());
        assertEquals(Lifecycle.ALREADY_ARCHIVED, assertThrows(BusinessRuleException.class, lifecycle::archive)
                .messageKey());
    }

    @Test
    void aDraftCanBeSetAsideWithoutEverBeingActive() {
        Lifecycle lifecycle = new Lifecycle(5);
        lifecycle.archive();
        assertEquals(LifecycleStatus.ARCHIVED, lifecycle.getStatus());
        assertNull(lifecycle.getActivatedAt());
    }

    @Test
    void onlyTheActiveVersionPassesTheActiveCheck() {
        Lifecycle lifecycle = new Lifecycle(6);
        BusinessRuleException draft = assertThrows(BusinessRuleException.class,
                () -> lifecycle.requireActive(NOT_ACTIVE));
        assertEquals(NOT_ACTIVE, draft.messageKey());
        lifecycle.activate(NOT_DRAFT);
        lifecycle.requireActive(NOT_ACTIVE);
        lifecycle.archive();
        assertThrows(BusinessRuleException.class, () -> lifecycle.requireActive(NOT_ACTIVE));
    }

    @Test
    void aScopeOnlyNamesAttributesAndTestsNullsWithIsNull() {
        assertEquals(" where 1 = 1", VersionScope.all().where());
        assertEquals(" where 1 = 1 and v.kind = :kind and v.segment is null",
                VersionScope.all().and("kind", "PLAN").and("segment", null).where());
        assertThrows(IllegalArgumentException.class, () -> VersionScope.all().and("kind = 1 or 1", 1));
    }
}
