package com.kamplanner.selection;

import java.io.Serializable;

/** What the matrix shows: by KAM, industry and country (null for all), and whether candidates join key accounts. */
public class MatrixFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long kamId;
    private String industry;
    private String country;
    private boolean candidates;
    private boolean customerWeighted;

    public Long getKamId() {
        return kamId;
    }

    public void setKamId(Long kamId) {
        this.kamId = kamId;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry == null || industry.isBlank() ? null : industry;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country == null || country.isBlank() ? null : country;
    }

    public boolean isCandidates() {
        return candidates;
    }

    public void setCandidates(boolean candidates) {
        this.candidates = candidates;
    }

    /** True to place accounts by the customer-weighted strength instead of the KA Director's index. */
    public boolean isCustomerWeighted() {
        return customerWeighted;
    }

    public void setCustomerWeighted(boolean customerWeighted) {
        this.customerWeighted = customerWeighted;
    }
}
