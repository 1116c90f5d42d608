/**
 * The whitespace pages and API: an account's map ({@code whitespace/map.xhtml}), the catalogue of offerings the KA
 * Director keeps ({@code whitespace/catalogue.xhtml}), the portfolio-wide view ({@code whitespace/portfolio.xhtml}),
 * {@code GET /api/accounts/{id}/whitespace} and {@code GET /api/programme/whitespace}.
 */
package com.kamplanner.web.whitespace;
