package com.kamplanner.mail;

/** Where a mail of the outbox stands: waiting for its next attempt, being sent by one node, sent, or given up. */
public enum MailStatus {
    WAITING,
    SENDING,
    SENT,
    FAILED
}
