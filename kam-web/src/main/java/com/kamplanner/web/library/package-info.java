/**
 * The best-practice library ({@code /library/*}): items the KA Director marked as best practice, which every KAM
 * may open read-only, the only read a KAM gets outside their own accounts.
 */
package com.kamplanner.web.library;
