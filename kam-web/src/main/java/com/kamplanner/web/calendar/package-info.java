/**
 * The private calendar feed on the web: the page where each person creates, copies and revokes their feed URL
 * ({@code me/calendar.xhtml}), and the servlet that answers that URL without a login ({@code /calendar/*}).
 */
package com.kamplanner.web.calendar;
