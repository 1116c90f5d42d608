/**
 * The whitespace map (issue 20): the catalogue of our offerings the KA Director keeps, and for each key account the
 * grid of offerings × the customer's buying centres, each cell saying whether we supply it, have an open
 * opportunity there, see it held by a competitor, or find it not relevant or unknown; totals per row and column in
 * the account's currency, totals across accounts per currency, the XLSX export and the portfolio-wide view.
 */
package com.kamplanner.whitespace;
