package com.kamplanner.strategy;

import jakarta.persistence.Column;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A strategic option of the TOWS matrix: a short statement pairing internal potentials (strengths or weaknesses)
 * with external ones (opportunities or threats), rated by the team for attractiveness and feasibility (1 to 5).
 * Strategic objectives trace back to the options that justify them.
 */
@Entity
@Table(name = "tows_option")
public class TowsOption implements java.io.Serializable {

    /** The four cells of the TOWS matrix, each naming the internal and the external kind it pairs. */
    public enum Type {
        SO(SituationPotential.Kind.STRENGTH, SituationPotential.Kind.OPPORTUNITY),
        ST(SituationPotential.Kind.STRENGTH, SituationPotential.Kind.THREAT),
        WO(SituationPotential.Kind.WEAKNESS, SituationPotential.Kind.OPPORTUNITY),
        WT(SituationPotential.Kind.WEAKNESS, SituationPotential.Kind.THREAT);

        private final SituationPotential.Kind internal;
        private final SituationPotential.Kind external;

        Type(SituationPotential.Kind internal, SituationPotential.Kind external) {
            this.internal = internal;
            this.external = external;
        }

        public SituationPotential.Kind internal() {
            return internal;
        }

        public SituationPotential.Kind external() {
            return external;
        }
    }

    @Id
    @SequenceGenerator(name = "tows_option_seq", sequenceName = "tows_option_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tows_option_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id")
    private Strategy strategy;

    @NotNull(message = "{strategy.option.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "option_type", nullable = false, length = 2)
    private Type type;

    @NotBlank(message = "{strategy.option.statement.required}")
    @Size(max = 500, message = "{strategy.statement.size}")
    @Column(nullable = false, length = 500)
    private String statement;

    @Min(value = 1, message = "{strategy.rating.range}")
    @Max(value = 5, message = "{strategy.rating.range}")
    private Integer attractiveness;

    @Min(value = 1, message = "{strategy.rating.range}")
    @Max(value = 5, message = "{strategy.rating.range}")
    private Integer feasibility;

    @ManyToMany
    @JoinTable(name = "tows_option_potential", joinColumns = @JoinColumn(name = "option_id"),
            inverseJoinColumns = @JoinColumn(name = "potential_id"))
    private List<SituationPotential> potentials = new ArrayList<>();

    /** When the KAM last confirmed or edited it against its evidence (evidence drift); null: never. */
    @Column(name = "evidence_reviewed_at")
    private java.time.Instant evidenceReviewedAt;

    @Version
    private long version;

    public TowsOption() {
    }

    public TowsOption(Type type, String statement) {
        this.type = type;
        this.statement = statement;
    }

    void attachTo(Strategy strategy) {
        this.strategy = strategy;
    }

    void copyFrom(TowsOption edited) {
        type = edited.type;
        statement = edited.statement;
        attractiveness = edited.attractiveness;
        feasibility = edited.feasibility;
    }

    /** Attractiveness times feasibility (1 to 25), to rank options; null until both are rated. */
    public Integer getScore() {
        return attractiveness == null || feasibility == null ? null : attractiveness * feasibility;
    }

    public Long getId() {
        return id;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public Type getType() {
        return type;
    }

    public void setType(Type type) {
        this.type = type;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public Integer getAttractiveness() {
        return attractiveness;
    }

    public void setAttractiveness(Integer attractiveness) {
        this.attractiveness = attractiveness;
    }

    public Integer getFeasibility() {
        return feasibility;
    }

    public void setFeasibility(Integer feasibility) {
        this.feasibility = feasibility;
    }

    /** The potentials this option pairs. */
    public List<SituationPotential> getPotentials() {
        return potentials;
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
