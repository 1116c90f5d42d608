package com.kamplanner.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One objective of the integrated series: strategic (three-year horizon, traced to TOWS options and, on the
 * customer's side, to the customer strategic priority it helps), operational (under a strategic one) or supporting
 * operational (under an operational one). Each is made measurable by its {@link Indicator}.
 */
@Entity
@Table(name = "objective")
public class Objective implements java.io.Serializable {

    /** The levels of the tree, top down; each level but the first sits under the level before it. */
    public enum Level {
        STRATEGIC, OPERATIONAL, SUPPORTING;

        /** The level a parent must have; null for strategic objectives, which have none. */
        public Level parentLevel() {
            return this == STRATEGIC ? null : values()[ordinal() - 1];
        }
    }

    /** Strategic objectives look three years ahead. */
    public static final int STRATEGIC_HORIZON_YEARS = 3;

    @Id
    @SequenceGenerator(name = "objective_seq", sequenceName = "objective_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objective_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id")
    private Strategy strategy;

    @NotNull(message = "{strategy.objective.level.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "objective_level", nullable = false, length = 12)
    private Level level;

    @NotBlank(message = "{strategy.objective.title.required}")
    @Size(max = 300, message = "{strategy.objective.title.size}")
    @Column(nullable = false, length = 300)
    private String title;

    @Size(max = 2000, message = "{strategy.description.size}")
    @Column(length = 2000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Objective parent;

    /** The customer's own strategic priority (Key Account Database, part 1) this objective helps it achieve. */
    @Size(max = 500, message = "{strategy.objective.customerPriority.size}")
    @Column(name = "customer_priority", length = 500)
    private String customerPriority;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Valid
    @Embedded
    private Indicator indicator = new Indicator();

    @Column(nullable = false)
    private int position;

    @ManyToMany
    @JoinTable(name = "objective_tows_option", joinColumns = @JoinColumn(name = "objective_id"),
            inverseJoinColumns = @JoinColumn(name = "option_id"))
    private List<TowsOption> options = new ArrayList<>();

    /** When the KAM last confirmed or edited it against its evidence (evidence drift); null: never. */
    @Column(name = "evidence_reviewed_at")
    private java.time.Instant evidenceReviewedAt;

    @Version
    private long version;

    public Objective() {
    }

    public Objective(Level level, String title) {
        this.level = level;
        this.title = title;
    }

    void attachTo(Strategy strategy) {
        this.strategy = strategy;
    }

    void copyFrom(Objective edited) {
        level = edited.level;
        title = edited.title;
        description = edited.description;
        customerPriority = edited.customerPriority;
        startDate = edited.startDate;
        indicator = edited.hasIndicator() ? edited.indicator : null;
    }

    public boolean hasIndicator() {
        return indicator != null && !indicator.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Objective getParent() {
        return parent;
    }

    void setParent(Objective parent) {
        this.parent = parent;
    }

    public String getCustomerPriority() {
        return customerPriority;
    }

    public void setCustomerPriority(String customerPriority) {
        this.customerPriority = customerPriority;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    /**
     * Never null: an empty indicator when none was given (EclipseLink reads an all-null embeddable as null). Reading
     * never changes the entity; a form that edits the indicator sets one first.
     */
    public Indicator getIndicator() {
        return indicator == null ? new Indicator() : indicator;
    }

    public void setIndicator(Indicator indicator) {
        this.indicator = indicator;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    /** The TOWS options this objective traces to. */
    public List<TowsOption> getOptions() {
        return options;
    }

    public java.time.Instant getEvidenceReviewedAt() {
        return evidenceReviewedAt;
    }

    /** Confirmed or edited now: evidence that changed before stops flagging it. */
    void reviewEvidence(java.time.Instant at) {
        evidenceReviewedAt = at;
    }

    public long getVersion() {
        return version;
    }
}
