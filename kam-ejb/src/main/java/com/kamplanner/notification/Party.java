package com.kamplanner.notification;

/** The people an occasion concerns, by their part in it: whom a {@link NotificationKind} goes to. */
public enum Party {
    /** The account's KAM. */
    KAM,
    /** The members of the account's KA team. */
    TEAM,
    /** The action plan's owner. */
    OWNER,
    /** The one person the occasion is addressed to: the team member granted a section, the KAM assessed. */
    PERSON,
    /** Every enabled KA Director. */
    DIRECTORS,
    /** The people a programme message or a recognition is addressed to, as the culture's services find them. */
    AUDIENCE
}
