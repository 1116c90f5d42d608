/** The caller's work list over the API ({@code GET /api/me/work}) and its titles in the reader's language. */
package com.kamplanner.web.work;
