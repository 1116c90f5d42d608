package com.kamplanner.culture;

/** Whom a programme message is addressed to. */
public enum Audience {
    /** Every programme member: executives, the KA Director, KAMs and the company's KA team members. */
    EVERYONE,
    /** Every KAM. */
    KAMS,
    /** The KA teams of one segment's accounts: their KAMs and the company's team members on them. */
    SEGMENT
}
