package com.kamplanner.plan;

import com.kamplanner.strategy.Objective;
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
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The measured value of an objective's indicator for one period (identified by its last day); one per period, a
 * new value for the same period replaces the old one. Charted against the baseline and the target.
 */
@Entity
@Table(name = "indicator_actual")
public class IndicatorActual implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "indicator_actual_seq", sequenceName = "indicator_actual_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_actual_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    private Objective objective;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "actual_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.now();

    @Version
    private long version;

    protected IndicatorActual() {
    }

    public IndicatorActual(Objective objective, LocalDate periodEnd) {
        this.objective = objective;
        this.periodEnd = periodEnd;
    }

    void record(BigDecimal value, String by) {
        this.value = value;
        this.recordedBy = by;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Objective getObjective() {
        return objective;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /**
     * The recorded values of the account's indicators, by objective id, then by period end in order: one statement,
     * with the objective's id rather than the objective (loading each objective cost one statement apiece).
     */
    static java.util.Map<Long, java.util.Map<LocalDate, BigDecimal>> byObjective(jakarta.persistence.EntityManager em,
                                                                                 long accountId) {
        java.util.Map<Long, java.util.Map<LocalDate, BigDecimal>> actuals = new java.util.HashMap<>();
        for (Object[] a : em.createQuery("select a.objective.id, a.periodEnd, a.value from IndicatorActual a where "
                + "a.objective.strategy.account.id = :account order by a.periodEnd", Object[].class)
                .setParameter("account", accountId).getResultList()) {
            actuals.computeIfAbsent((Long) a[0], k -> new java.util.TreeMap<>()).put((LocalDate) a[1], (BigDecimal) a[2]);
        }
        return actuals;
    }
}
