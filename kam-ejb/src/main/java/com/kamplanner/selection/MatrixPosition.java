package com.kamplanner.selection;

import com.kamplanner.account.ShareOfWallet;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Where one account sits in the selection matrix: its two indices (null when missing, never 0), its quadrant,
 * and the figures the bubble size can show. A class with getters: pages read it through EL.
 */
public class MatrixPosition implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String name;
    private final String kamName;
    private final String industry;
    private final String country;
    private final boolean keyAccount;
    private final BigDecimal ourSales;
    private final String currency;
    private final BigDecimal totalCategorySpend;
    private final BigDecimal attractiveness;
    private final BigDecimal strength;
    private Quadrant quadrant;

    public MatrixPosition(long accountId, String name, String kamName, String industry, String country,
                          boolean keyAccount, BigDecimal ourSales, String currency, BigDecimal totalCategorySpend,
                          BigDecimal attractiveness, BigDecimal strength) {
        this.accountId = accountId;
        this.name = name;
        this.kamName = kamName;
        this.industry = industry;
        this.country = country;
        this.keyAccount = keyAccount;
        this.ourSales = ourSales;
        this.currency = currency;
        this.totalCategorySpend = totalCategorySpend;
        this.attractiveness = attractiveness;
        this.strength = strength;
    }

    void place(MatrixThresholds thresholds) {
        quadrant = Quadrant.of(attractiveness == null ? null : attractiveness.doubleValue(),
                strength == null ? null : strength.doubleValue(), thresholds.getAttractiveness(),
                thresholds.getStrength());
    }

    /** {@link ShareOfWallet}: our sales over the account's total spend in our category, when both are known. */
    public BigDecimal getShareOfWallet() {
        return ShareOfWallet.of(ourSales, totalCategorySpend);
    }

    /** The figure the bubble shows for the chosen size: our sales, or our share of wallet. */
    public BigDecimal bubbleValue(BubbleSize size) {
        return size == BubbleSize.SHARE ? getShareOfWallet() : ourSales;
    }

    /** True when both indices exist, so the account has a place in the matrix. */
    public boolean isPlaced() {
        return quadrant != null;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getKamName() {
        return kamName;
    }

    public String getIndustry() {
        return industry;
    }

    public String getCountry() {
        return country;
    }

    public boolean isKeyAccount() {
        return keyAccount;
    }

    public BigDecimal getOurSales() {
        return ourSales;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getTotalCategorySpend() {
        return totalCategorySpend;
    }

    public BigDecimal getAttractiveness() {
        return attractiveness;
    }

    public BigDecimal getStrength() {
        return strength;
    }

    public Quadrant getQuadrant() {
        return quadrant;
    }
}
