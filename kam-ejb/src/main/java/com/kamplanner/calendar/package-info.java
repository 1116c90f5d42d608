/**
 * The private calendar feed: each person's secret URL ({@link com.kamplanner.calendar.CalendarTokens}), the dated
 * items the feed carries for its owner under the rights model ({@link com.kamplanner.calendar.CalendarFeed}), and
 * their iCalendar form ({@link com.kamplanner.calendar.IcsCalendar}).
 */
package com.kamplanner.calendar;
