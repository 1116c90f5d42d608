/**
 * The notification centre: events in the programme (a plan submitted, returned or approved, an action plan
 * assigned, commented or late, a section granted, a review overdue, a conflict recorded) make notifications for the people concerned,
 * through the one entry point {@link com.kamplanner.notification.Notifications}; each person reads theirs, in
 * their stored language, filtered by the rights model at the moment they read.
 */
package com.kamplanner.notification;
