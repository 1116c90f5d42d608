package com.kamplanner.account;

import com.kamplanner.selection.Quadrant;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A row of an account list, read straight from the database without loading the entity graph.
 * A class with getters rather than a record: Jakarta EL 5 (EE 10) cannot read record components.
 */
public class AccountSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The stored health score of each account ({@code health.AccountHealth}), for the column, its sort and filter. */
    static final String HEALTH_JOIN = "left join AccountHealth h on h.accountId = a.id ";

    /** The JPQL constructor expression for this class over {@code Account a left join a.kam k}. */
    static final String SELECT = "select new com.kamplanner.account.AccountSummary(a.id, a.name, a.industry, "
            + "a.country, a.annualRevenue, a.currency, a.ourSalesLast12Months, k.id, k.displayName, a.keyAccount, "
            + "a.segment, a.crmId, h.score) from Account a left join a.kam k " + HEALTH_JOIN;

    private final long id;
    private final String name;
    private final String industry;
    private final String country;
    private final BigDecimal annualRevenue;
    private final String currency;
    private final BigDecimal ourSalesLast12Months;
    private final Long kamId;
    private final String kamName;
    private final boolean keyAccount;
    private final Quadrant segment;
    private final String crmId;
    private final Integer health;

    public AccountSummary(long id, String name, String industry, String country, BigDecimal annualRevenue,
                          String currency, BigDecimal ourSalesLast12Months, Long kamId, String kamName,
                          boolean keyAccount, Quadrant segment, String crmId, Integer health) {
        this.id = id;
        this.name = name;
        this.industry = industry;
        this.country = country;
        this.annualRevenue = annualRevenue;
        this.currency = currency;
        this.ourSalesLast12Months = ourSalesLast12Months;
        this.kamId = kamId;
        this.kamName = kamName;
        this.keyAccount = keyAccount;
        this.segment = segment;
        this.crmId = crmId;
        this.health = health;
    }

    /** The account's stored health score from 0 to 100; null (written as null in JSON) when unknown or not a key account. */
    @jakarta.json.bind.annotation.JsonbNillable
    public Integer getHealth() {
        return health;
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

    public Long getKamId() {
        return kamId;
    }

    public String getKamName() {
        return kamName;
    }

    public boolean isKeyAccount() {
        return keyAccount;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public String getCrmId() {
        return crmId;
    }
}
