/** The administrator's outbox page: the mails waiting, sent and failed, and whether e-mail is on. */
package com.kamplanner.web.mail;
