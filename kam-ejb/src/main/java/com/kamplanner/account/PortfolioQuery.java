package com.kamplanner.account;

import com.kamplanner.platform.FreeText;
import com.kamplanner.selection.Quadrant;
import java.io.Serializable;

/**
 * What a portfolio list asks for: filters, one sort column and a page. Columns are named by an enum so that no
 * text from a request ever reaches the JPQL.
 */
public class PortfolioQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The sortable columns and the JPQL path each sorts on. Amounts sort within their currency (currency first,
     * always ascending), since amounts in different currencies are never compared as one number.
     */
    public enum SortColumn {
        NAME("a.name", false), INDUSTRY("a.industry", false), COUNTRY("a.country", false),
        ANNUAL_REVENUE("a.annualRevenue", true), OUR_SALES("a.ourSalesLast12Months", true),
        KAM("k.displayName", false), SEGMENT("a.segment", false),
        /** The stored health score ({@code health.AccountHealth}); accounts without one come last either way. */
        HEALTH("h.score", false);

        final String path;
        final boolean amount;

        SortColumn(String path, boolean amount) {
            this.path = path;
            this.amount = amount;
        }

        /** The JPQL order-by items for this column, without the "order by". */
        String orderBy(boolean descending) {
            return (amount ? "a.currency asc, " : "") + path + (descending ? " desc" : " asc")
                    + (this == HEALTH ? " nulls last" : "");
        }
    }

    private String nameContains;
    private String industry;
    private String country;
    private Quadrant segment;
    private Long kamId;
    private Boolean keyAccount;
    private Integer healthBelow;
    private SortColumn sortBy = SortColumn.NAME;
    private boolean descending;
    private int first;
    private int pageSize = 25;

    public String getNameContains() {
        return nameContains;
    }

    public PortfolioQuery nameContains(String text) {
        this.nameContains = FreeText.orNull(text);
        return this;
    }

    public String getIndustry() {
        return industry;
    }

    public PortfolioQuery industry(String industry) {
        this.industry = FreeText.orNull(industry);
        return this;
    }

    public String getCountry() {
        return country;
    }

    public PortfolioQuery country(String country) {
        this.country = FreeText.orNull(country);
        return this;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public PortfolioQuery segment(Quadrant segment) {
        this.segment = segment;
        return this;
    }

    public Long getKamId() {
        return kamId;
    }

    public PortfolioQuery kamId(Long kamId) {
        this.kamId = kamId;
        return this;
    }

    public Boolean getKeyAccount() {
        return keyAccount;
    }

    public PortfolioQuery keyAccount(Boolean keyAccount) {
        this.keyAccount = keyAccount;
        return this;
    }

    /** Only accounts whose stored health score is below this (unknown scores are left out); null for all. */
    public Integer getHealthBelow() {
        return healthBelow;
    }

    public PortfolioQuery healthBelow(Integer score) {
        this.healthBelow = score == null ? null : Math.max(0, Math.min(101, score));
        return this;
    }

    public SortColumn getSortBy() {
        return sortBy;
    }

    public boolean isDescending() {
        return descending;
    }

    public PortfolioQuery sortBy(SortColumn column, boolean descending) {
        this.sortBy = column == null ? SortColumn.NAME : column;
        this.descending = descending;
        return this;
    }

    public int getFirst() {
        return first;
    }

    public int getPageSize() {
        return pageSize;
    }

    /** One page: {@code first} row (0-based) and at most {@code size} rows, capped at 500. */
    public PortfolioQuery page(int first, int size) {
        this.first = Math.max(0, first);
        this.pageSize = Math.max(1, Math.min(500, size));
        return this;
    }
}
