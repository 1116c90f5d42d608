package com.kamplanner.mail;

/** How a kind of notification reaches a person's inbox, as they chose it on their e-mail preferences page. */
public enum Delivery {
    /** Mailed as soon as it happens, through the outbox. */
    IMMEDIATE,
    /** Gathered into one mail each morning. */
    DAILY,
    /** Gathered into one mail on the person's chosen day of the week. */
    WEEKLY,
    /** Never mailed: it stays in the application. */
    NONE
}
