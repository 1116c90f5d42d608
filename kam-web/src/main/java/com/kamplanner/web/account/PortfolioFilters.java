package com.kamplanner.web.account;

import com.kamplanner.selection.Quadrant;
import java.io.Serializable;

/** The filters above the portfolio table that are not column filters: industry, country, segment, KAM, status, health. */
public class PortfolioFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private String industry;
    private String country;
    private Quadrant segment;
    private Long kamId;
    private Boolean keyAccount;
    private Integer healthBelow;

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public void setSegment(Quadrant segment) {
        this.segment = segment;
    }

    public Long getKamId() {
        return kamId;
    }

    public void setKamId(Long kamId) {
        this.kamId = kamId;
    }

    public Boolean getKeyAccount() {
        return keyAccount;
    }

    public void setKeyAccount(Boolean keyAccount) {
        this.keyAccount = keyAccount;
    }

    /** Only accounts whose health score is below this; null for all. */
    public Integer getHealthBelow() {
        return healthBelow;
    }

    public void setHealthBelow(Integer healthBelow) {
        this.healthBelow = healthBelow;
    }
}
