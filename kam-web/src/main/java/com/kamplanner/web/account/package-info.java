/**
 * The portfolio in the web: the lazy account list, one account's page, sponsorships, the accounts API, and the
 * import of accounts from CRM exports ({@code accounts/import.xhtml} and {@code POST /api/accounts/import}).
 */
package com.kamplanner.web.account;
