/**
 * The notification centre's pages and API: the bell in the page header, {@code notifications.xhtml}, and
 * {@code /api/me/notifications}; what each person reads, and in which language, is decided by
 * {@link com.kamplanner.notification.MyNotifications} and the person's stored language.
 */
package com.kamplanner.web.notification;
