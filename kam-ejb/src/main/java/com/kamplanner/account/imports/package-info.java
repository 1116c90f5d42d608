/**
 * Importing the portfolio from CRM exports (Salesforce, Dynamics 365, SuiteCRM or a column-by-column mapping):
 * reading the CSV whatever its encoding and delimiter, mapping and checking every row in plain Java, then one
 * transaction that creates or updates the accounts, run in the background with a progress the page can poll.
 */
package com.kamplanner.account.imports;
