package com.kamplanner.platform;

/**
 * Where a version of a versioned artefact (criteria set, document template, competency framework) is in its life.
 * The names are stored as they are, in each table's {@code status} column, and read by the pages' status texts.
 */
public enum LifecycleStatus {
    /** Being prepared: the only state in which the content may change. */
    DRAFT,
    /** In force; at most one per scope. */
    ACTIVE,
    /** Replaced or set aside, kept so that what was made under it stays readable. */
    ARCHIVED
}
