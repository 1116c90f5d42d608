/**
 * The pages and the REST API of the Key Account Plan: the plan of an account with its versions and review
 * (plan.xhtml), the KA Director's review queue (review.xhtml), the KA team's follow-up page (team.xhtml), the
 * comparison of two versions (compare.xhtml), the print-friendly page (print.xhtml), the PDF and Word downloads
 * ({@code /plan/export}) and {@code /api/accounts/{id}/plan}.
 */
package com.kamplanner.web.plan;
