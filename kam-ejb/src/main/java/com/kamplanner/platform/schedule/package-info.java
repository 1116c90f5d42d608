/**
 * Scheduled work that runs once per cluster: each {@link com.kamplanner.platform.schedule.ScheduledJob} owes
 * one run per slot, and the node that claims the job's lease in the {@code job_lease} table runs it; the others
 * skip it. Persistent EJB timers would do this on a full server, but Payara Micro offers only EJB Lite.
 */
package com.kamplanner.platform.schedule;
