/**
 * What IT monitors: the health endpoints ({@code /health/live}, {@code /health/ready}) and the application
 * metrics ({@code /metrics}), both open without a login and both telling no more than states and counts.
 */
package com.kamplanner.web.operations;
