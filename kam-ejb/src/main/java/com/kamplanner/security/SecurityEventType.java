package com.kamplanner.security;

/** What a row of the security events table records. The names are stored: add new ones, never rename one. */
public enum SecurityEventType {
    /** A wrong user name or password (local or directory, page or API); counts towards a block. */
    LOGIN_REFUSED,
    /** A login refused without checking the password, because a block holds; does not count towards another. */
    LOGIN_REFUSED_BLOCKED,
    /** A user name is blocked from now on, for the block length of the settings. */
    LOGIN_BLOCKED,
    /** An address is blocked from now on: failed logins for too many user names came from it. */
    ADDRESS_BLOCKED,
    /** The administrator lifted a user name's block. */
    BLOCK_LIFTED,
    /** The administrator lifted an address's block. */
    ADDRESS_BLOCK_LIFTED,
    /** The corporate directory answered. */
    DIRECTORY_CHECK_OK,
    /** The corporate directory did not answer, or refused the service account. */
    DIRECTORY_CHECK_FAILED;

    /** The refusals the administrator counts: both kinds of refused login. */
    public static final java.util.Set<SecurityEventType> REFUSALS = java.util.EnumSet.of(LOGIN_REFUSED,
            LOGIN_REFUSED_BLOCKED);
}
