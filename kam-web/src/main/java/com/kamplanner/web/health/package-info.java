/**
 * Account health on the web: the words that explain each component ({@link com.kamplanner.web.health.HealthTexts}),
 * the account page's health card and trend ({@link com.kamplanner.web.health.AccountHealthPanel}), the KA
 * Director's weights page ({@link com.kamplanner.web.health.HealthWeightsPage}) and
 * {@code GET /api/accounts/{id}/health} ({@link com.kamplanner.web.health.HealthResource}).
 */
package com.kamplanner.web.health;
