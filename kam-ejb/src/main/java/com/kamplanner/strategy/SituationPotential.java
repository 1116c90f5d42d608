package com.kamplanner.strategy;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * One situation potential of the relationship: a strength or weakness of ours, an opportunity or threat at the
 * customer. It cites the Key Account Database fields or stakeholders it comes from, so the analysis stays traceable.
 */
@Entity
@Table(name = "situation_potential")
public class SituationPotential implements java.io.Serializable {

    /** The four SWOT kinds: the first two are internal to us, the last two come from the customer's world. */
    public enum Kind {
        STRENGTH, WEAKNESS, OPPORTUNITY, THREAT;

        public boolean isInternal() {
            return this == STRENGTH || this == WEAKNESS;
        }
    }

    @Id
    @SequenceGenerator(name = "situation_potential_seq", sequenceName = "situation_potential_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "situation_potential_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id")
    private Strategy strategy;

    @NotNull(message = "{strategy.potential.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @NotBlank(message = "{strategy.potential.statement.required}")
    @Size(max = 500, message = "{strategy.statement.size}")
    @Column(nullable = false, length = 500)
    private String statement;

    @Column(nullable = false)
    private int position;

    @Valid
    // Read for every loaded parent in one statement, not one per parent (issue 17, statements per page).
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "potential_citation", joinColumns = @JoinColumn(name = "potential_id"))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    @Version
    private long version;

    public SituationPotential() {
    }

    public SituationPotential(Kind kind, String statement) {
        this.kind = kind;
        this.statement = statement;
    }

    void attachTo(Strategy strategy) {
        this.strategy = strategy;
    }

    /** Copies the kind and statement from a detached copy; the service sets the citations it has checked. */
    void copyFrom(SituationPotential edited) {
        kind = edited.kind;
        statement = edited.statement;
    }

    public Long getId() {
        return id;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    /** Takes the fields' values now as the baseline of the field citations that drifted from them. */
    void rebase(CitedEvidence now, java.time.Instant at) {
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            if (c.getSource() == Citation.Source.FIELD) {
                String value = now.value(c.getSectionKey(), c.getFieldKey());
                if (!java.util.Objects.equals(c.getCitedValue(), value)) {
                    citations.set(i, c.rebased(value, at));
                }
            }
        }
    }

    public List<Citation> getCitations() {
        return citations;
    }

    public long getVersion() {
        return version;
    }
}
