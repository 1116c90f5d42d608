/** The portfolio pages and the accounts API: the lazy account list, one account's page, sponsorships. */
package com.kamplanner.web.account;
