package com.kamplanner.selection;

import java.io.Serializable;

/** What the matrix shows: by KAM, industry and country (null for all), and whether candidates join key accounts. */
public class MatrixFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long kamId;
    private String industry;
    private String country;
    private boolean candidates;

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
}
