package com.kamplanner.account;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A row of an account list, read straight from the database without loading the entity graph.
 * A class with getters rather than a record: Jakarta EL 5 (EE 10) cannot read record components.
 */
public class AccountSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String industry;
    private final String country;
    private final BigDecimal annualRevenue;
    private final String currency;
    private final BigDecimal ourSalesLast12Months;
    private final String kamName;

    public AccountSummary(long id, String name, String industry, String country, BigDecimal annualRevenue,
                          String currency, BigDecimal ourSalesLast12Months, String kamName) {
        this.id = id;
        this.name = name;
        this.industry = industry;
        this.country = country;
        this.annualRevenue = annualRevenue;
        this.currency = currency;
        this.ourSalesLast12Months = ourSalesLast12Months;
        this.kamName = kamName;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getIndustry() {
        return industry;
    }

    public String getCountry() {
        return country;
    }

    public BigDecimal getAnnualRevenue() {
        return annualRevenue;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getOurSalesLast12Months() {
        return ourSalesLast12Months;
    }

    public String getKamName() {
        return kamName;
    }
}
