/**
 * The web side of kam-ejb {@code congruence}: the KA Director's congruence board ({@code programme/congruence.xhtml},
 * {@code GET /api/programme/congruence}) and compliance by KAM across the three documents
 * ({@code programme/compliance.xhtml}, {@code GET /api/programme/compliance}), each with its Excel export.
 */
package com.kamplanner.web.congruence;
