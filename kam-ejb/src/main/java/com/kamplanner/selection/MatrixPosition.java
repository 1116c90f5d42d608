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
    private CustomerStrength customer;
    private boolean customerWeighted;
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

    /** Places the account by its two indices, the KA Director's. */
    void place(MatrixThresholds thresholds) {
        place(thresholds, null, false);
    }

    /**
     * Places the account by its attractiveness and, across, by the KA Director's strength index or, with
     * {@code customerWeighted}, by its strength on the customer's own buying criteria ({@code customer}).
     */
    void place(MatrixThresholds thresholds, CustomerStrength customer, boolean customerWeighted) {
        this.customer = customer;
        this.customerWeighted = customerWeighted;
        BigDecimal across = getStrength();
        quadrant = Quadrant.of(attractiveness == null ? null : attractiveness.doubleValue(),
                across == null ? null : across.doubleValue(), thresholds.getAttractiveness(),
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

    /** The strength the matrix places the account by: the KA Director's, or the customer-weighted one. */
    public BigDecimal getStrength() {
        return customerWeighted ? getCustomerStrength() : strength;
    }

    /** The KA Director's strength index; null while unscored. */
    public BigDecimal getDirectorStrength() {
        return strength;
    }

    /** The strength on the customer's own buying criteria ({@link CustomerStrength}); null when unknown. */
    public BigDecimal getCustomerStrength() {
        return customer == null ? null : customer.getValue();
    }

    /** True when the two strengths are both known and more than 2 points apart. */
    public boolean isDivergent() {
        return customer != null && customer.isDivergent();
    }

    public Quadrant getQuadrant() {
        return quadrant;
    }
}
