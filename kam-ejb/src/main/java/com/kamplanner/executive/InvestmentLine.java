package com.kamplanner.executive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One investment of the programme for one year: a category, a label, the budget and the actual spent, in EUR.
 * A label spread over several years is one line per year, so that each year's budget is approved on its own.
 */
@Entity
@Table(name = "investment_line")
public class InvestmentLine implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Budgets are in the programme's currency. */
    public static final String CURRENCY = "EUR";
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Id
    @SequenceGenerator(name = "investment_line_seq", sequenceName = "investment_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "investment_line_seq")
    private Long id;

    @NotNull(message = "{investment.category.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvestmentCategory category;

    @NotBlank(message = "{investment.label.required}")
    @Size(max = 200, message = "{investment.label.size}")
    @Column(nullable = false, length = 200)
    private String label;

    @Min(value = FIRST_YEAR, message = "{investment.year.range}")
    @Max(value = LAST_YEAR, message = "{investment.year.range}")
    @Column(name = "budget_year", nullable = false)
    private int year;

    @NotNull(message = "{investment.amount.nonNegative}")
    @DecimalMin(value = "0", message = "{investment.amount.nonNegative}")
    @Digits(integer = 17, fraction = 2, message = "{investment.amount.digits}")
    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal budget = BigDecimal.ZERO;

    @NotNull(message = "{investment.amount.nonNegative}")
    @DecimalMin(value = "0", message = "{investment.amount.nonNegative}")
    @Digits(integer = 17, fraction = 2, message = "{investment.amount.digits}")
    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal actual = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private InvestmentStatus status = InvestmentStatus.PROPOSED;

    @Column(name = "proposed_by", nullable = false, length = 40)
    private String proposedBy;

    @Column(name = "approved_by", length = 40)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    private long version;

    public InvestmentLine() {
    }

    public InvestmentLine(InvestmentCategory category, String label, int year, BigDecimal budget, BigDecimal actual) {
        this.category = category;
        this.label = label;
        this.year = year;
        this.budget = budget;
        this.actual = actual;
    }

    void proposedBy(String username) {
        this.proposedBy = username;
    }

    void approve(String username) {
        this.status = InvestmentStatus.APPROVED;
        this.approvedBy = username;
        this.approvedAt = Instant.now();
    }

    /**
     * Takes the editor's values. An approved line whose budget, category, label or year changes goes back to
     * proposed (returns true): an approved budget never changes unseen. Its actual may change freely.
     */
    boolean applyEdit(InvestmentLine edited) {
        String newLabel = edited.getLabel().strip();
        boolean approvedTermsChanged = budget.compareTo(edited.getBudget()) != 0 || category != edited.getCategory()
                || !label.equals(newLabel) || year != edited.getYear();
        category = edited.getCategory();
        label = newLabel;
        year = edited.getYear();
        budget = edited.getBudget();
        actual = edited.getActual();
        if (approvedTermsChanged && status == InvestmentStatus.APPROVED) {
            status = InvestmentStatus.PROPOSED;
            approvedBy = null;
            approvedAt = null;
            return true;
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public InvestmentCategory getCategory() {
        return category;
    }

    public void setCategory(InvestmentCategory category) {
        this.category = category;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public void setActual(BigDecimal actual) {
        this.actual = actual;
    }

    public InvestmentStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
