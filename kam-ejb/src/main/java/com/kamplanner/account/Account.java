package com.kamplanner.account;

import com.kamplanner.people.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** A customer account of the portfolio, candidate or key account, with the figures the selection matrix needs. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @NotBlank(message = "{account.name.required}")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 60)
    @Column(name = "legal_id", length = 60)
    private String legalId;

    @Size(max = 100)
    @Column(length = 100)
    private String industry;

    @Pattern(regexp = "[A-Z]{2}", message = "{account.country.pattern}")
    @Column(length = 2)
    private String country;

    @DecimalMin(value = "0", message = "{account.amount.negative}")
    @Column(name = "annual_revenue", precision = 19, scale = 2)
    private BigDecimal annualRevenue;

    @Pattern(regexp = "[A-Z]{3}", message = "{account.currency.pattern}")
    @Column(length = 3)
    private String currency;

    @DecimalMin(value = "0", message = "{account.amount.negative}")
    @Column(name = "our_sales_12m", precision = 19, scale = 2)
    private BigDecimal ourSalesLast12Months;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "kam_id")
    private AppUser kam;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Account() {
    }

    public Account(String name, String industry, String country) {
        this.name = name;
        this.industry = industry;
        this.country = country;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLegalId() {
        return legalId;
    }

    public void setLegalId(String legalId) {
        this.legalId = legalId;
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

    public void setRevenue(BigDecimal annualRevenue, String currency) {
        this.annualRevenue = annualRevenue;
        this.currency = currency;
    }

    public BigDecimal getOurSalesLast12Months() {
        return ourSalesLast12Months;
    }

    public void setOurSalesLast12Months(BigDecimal ourSalesLast12Months) {
        this.ourSalesLast12Months = ourSalesLast12Months;
    }

    public AppUser getKam() {
        return kam;
    }

    public void setKam(AppUser kam) {
        this.kam = kam;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
