/**
 * The account portfolio in the web: the import of accounts from CRM exports, as a page for the KA Director
 * ({@code accounts/import.xhtml}) and as {@code POST /api/accounts/import}.
 */
package com.kamplanner.web.account;
