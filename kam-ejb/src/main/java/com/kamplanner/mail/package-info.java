/**
 * E-mail: the outbox ({@link com.kamplanner.mail.MailOutbox}) where events leave their mails in their own
 * transaction, the sender job that delivers them through the server's {@code mail/kam} session with retries, and
 * the administrator's view of it ({@link com.kamplanner.mail.Outbox}); and on top of it each person's e-mail
 * preferences ({@link com.kamplanner.mail.PreferenceRules}), which decide whether a notification is mailed at once
 * ({@link com.kamplanner.mail.NotificationMails}), in the daily or weekly digest
 * ({@link com.kamplanner.mail.MailDigestJob}), or never. The outbox guarantees that a committed mail is delivered
 * once or recorded as failed; the digests, that a notification is mailed at most once.
 */
package com.kamplanner.mail;
