package com.kamplanner.account;

import com.kamplanner.people.AppUser;
import com.kamplanner.platform.FreeText;
import com.kamplanner.selection.Quadrant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
public class Account implements java.io.Serializable {

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

    /**
     * The KAM's id, read from the same column without loading the KAM (and their roles): the rights model compares
     * it with the caller's on every page. Kept in step by {@link #setKam}.
     */
    @Column(name = "kam_id", insertable = false, updatable = false)
    private Long kamId;

    /** The account's id in the CRM it was imported from; unique when present. */
    @Size(max = 80)
    @Column(name = "crm_id", length = 80, unique = true)
    private String crmId;

    /** The group this account belongs to, for group hierarchies. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Account parent;

    /** The account's total spend in our category, when known: with our sales, it gives our share of wallet. */
    @DecimalMin(value = "0", message = "{account.amount.negative}")
    @Column(name = "total_category_spend", precision = 19, scale = 2)
    private BigDecimal totalCategorySpend;

    @Size(max = 4000)
    @Column(length = 4000)
    private String notes;

    /** True once the KA Director has selected it as a key account; a candidate otherwise. */
    @Column(name = "key_account", nullable = false)
    private boolean keyAccount;

    /** The key account's segment: by default its matrix quadrant, unless the KA Director overrode it. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Quadrant segment;

    @Column(name = "segment_overridden", nullable = false)
    private boolean segmentOverridden;

    @Size(max = 1000)
    @Column(name = "segment_reason", length = 1000)
    private String segmentReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_stage", length = 20)
    private RelationshipStage currentStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_stage", length = 20)
    private RelationshipStage targetStage;

    /** The executive who sponsors this key account in the executive sponsorship programme. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sponsor_id")
    private AppUser sponsor;

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
        this.kamId = kam == null ? null : kam.getId();
    }

    /** The KAM's id, or null when the account has none; does not load the KAM. */
    public Long getKamId() {
        return kamId;
    }

    public String getCrmId() {
        return crmId;
    }

    public void setCrmId(String crmId) {
        this.crmId = FreeText.orNull(crmId);
    }

    public Account getParent() {
        return parent;
    }

    public void setParent(Account parent) {
        this.parent = parent;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public BigDecimal getTotalCategorySpend() {
        return totalCategorySpend;
    }

    public void setTotalCategorySpend(BigDecimal totalCategorySpend) {
        this.totalCategorySpend = totalCategorySpend;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isKeyAccount() {
        return keyAccount;
    }

    public void setKeyAccount(boolean keyAccount) {
        this.keyAccount = keyAccount;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public boolean isSegmentOverridden() {
        return segmentOverridden;
    }

    public String getSegmentReason() {
        return segmentReason;
    }

    /** Sets the segment; {@code overridden} with a reason when the KA Director departs from the quadrant. */
    public void setSegment(Quadrant segment, boolean overridden, String reason) {
        this.segment = segment;
        this.segmentOverridden = overridden;
        this.segmentReason = reason;
    }

    public RelationshipStage getCurrentStage() {
        return currentStage;
    }

    public void setCurrentStage(RelationshipStage currentStage) {
        this.currentStage = currentStage;
    }

    public RelationshipStage getTargetStage() {
        return targetStage;
    }

    public void setTargetStage(RelationshipStage targetStage) {
        this.targetStage = targetStage;
    }

    public AppUser getSponsor() {
        return sponsor;
    }

    public void setSponsor(AppUser sponsor) {
        this.sponsor = sponsor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
