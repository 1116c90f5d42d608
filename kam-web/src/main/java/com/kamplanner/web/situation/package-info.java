/**
 * The Key Account Database in the web layer: the page of one account's database (sections, stakeholder map,
 * grants, history, exports) and {@code GET /api/accounts/{id}/database}.
 */
package com.kamplanner.web.situation;
