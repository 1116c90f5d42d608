/**
 * E-mail transport: the outbox ({@link com.kamplanner.mail.MailOutbox}) where events leave their mails in their
 * own transaction, the sender job that delivers them through the server's {@code mail/kam} session with retries,
 * and the administrator's view of it ({@link com.kamplanner.mail.Outbox}). What a mail says is its caller's
 * business; this package only guarantees that a committed mail is delivered once or recorded as failed.
 */
package com.kamplanner.mail;
