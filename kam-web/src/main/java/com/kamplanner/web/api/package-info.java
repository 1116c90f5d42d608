/**
 * The REST API under {@code /api}: JSON, HTTP Basic, the same services and rules as the pages. Errors come back
 * as JSON bodies with a message in the caller's language, never a stack trace.
 */
package com.kamplanner.web.api;
