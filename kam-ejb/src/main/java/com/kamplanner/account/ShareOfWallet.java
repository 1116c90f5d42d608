package com.kamplanner.account;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Our share of an account's spend in our category: the one definition the account page, the selection matrix and
 * its API share. A fraction of 1 to four decimals (a hundredth of a percent); how to show it is the page's concern.
 */
public final class ShareOfWallet {

    /** Four decimals of a fraction: a percentage to two decimals, finer than any page shows. */
    public static final int SCALE = 4;

    private ShareOfWallet() {
    }

    /**
     * Our sales over the account's total spend in our category; {@code null} unless both are known and the spend is
     * positive (a spend of zero or less is a data error, not a share).
     */
    public static BigDecimal of(BigDecimal ourSales, BigDecimal totalCategorySpend) {
        if (ourSales == null || totalCategorySpend == null || totalCategorySpend.signum() <= 0) {
            return null;
        }
        return ourSales.divide(totalCategorySpend, SCALE, RoundingMode.HALF_UP);
    }

    /** The account's share, from its own figures. */
    public static BigDecimal of(Account account) {
        return of(account.getOurSalesLast12Months(), account.getTotalCategorySpend());
    }
}
