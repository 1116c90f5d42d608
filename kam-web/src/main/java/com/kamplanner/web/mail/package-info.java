/**
 * E-mail pages: the administrator's outbox (the mails waiting, sent and failed, and whether e-mail is on) and each
 * person's e-mail preferences (how each kind of notification reaches them, and the day of their weekly digest).
 */
package com.kamplanner.web.mail;
