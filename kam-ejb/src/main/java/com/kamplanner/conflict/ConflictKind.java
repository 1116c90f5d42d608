package com.kamplanner.conflict;

/** Who is in conflict: key accounts with each other, functions of the company, or organisational levels. */
public enum ConflictKind {
    BETWEEN_ACCOUNTS, BETWEEN_FUNCTIONS, BETWEEN_LEVELS
}
