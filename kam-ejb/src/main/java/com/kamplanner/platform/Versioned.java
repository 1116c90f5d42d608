package com.kamplanner.platform;

/**
 * An entity whose versions follow the one {@link Lifecycle}: what {@link Versions} needs to number, activate and
 * audit it the same way for criteria sets, document templates and competency frameworks.
 */
public interface Versioned {

    Long getId();

    Lifecycle getLifecycle();

    /** The bundle key that refuses a change to a version that is no longer a draft. */
    String notDraftKey();

    /** Refuses a draft that cannot go into force as it stands; nothing to check by default. */
    default void checkActivable() {
    }
}
