package com.kamplanner.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * An action programme: a named bundle of action plans that together move the account towards its objectives.
 * A healthy programme mixes contractual and relational plans; {@link #countOf} gives the balance.
 */
@Entity
@Table(name = "action_programme")
public class ActionProgramme implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "action_programme_seq", sequenceName = "action_programme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_programme_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id")
    private Strategy strategy;

    @NotBlank(message = "{strategy.programme.name.required}")
    @Size(max = 200, message = "{strategy.programme.name.size}")
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 2000, message = "{strategy.description.size}")
    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "programme")
    @OrderBy("startDate, id")
    private List<ActionPlan> plans = new ArrayList<>();

    @Version
    private long version;

    public ActionProgramme() {
    }

    public ActionProgramme(String name) {
        this.name = name;
    }

    void attachTo(Strategy strategy) {
        this.strategy = strategy;
    }

    void copyFrom(ActionProgramme edited) {
        name = edited.name;
        description = edited.description;
    }

    /** Adds an action plan serving {@code objective}, owned by {@code owner}. For seeding; users go through the service. */
    public ActionPlan addPlan(ActionPlan plan, Objective objective, com.kamplanner.people.AppUser owner) {
        StrategyRules.checkPlanDates(plan.getStartDate(), plan.getDueDate());
        plan.setProgramme(this);
        plan.setObjective(objective);
        plan.setOwner(owner);
        plans.add(plan);
        return plan;
    }

    /** How many of this programme's plans are of the given kind. */
    public long countOf(ActionPlan.Kind kind) {
        return plans.stream().filter(p -> p.getKind() == kind).count();
    }

    public long getContractualCount() {
        return countOf(ActionPlan.Kind.CONTRACTUAL);
    }

    public long getRelationalCount() {
        return countOf(ActionPlan.Kind.RELATIONAL);
    }

    /**
     * True when the programme has active plans, all of one kind. Dormant plans (a contingency's prepared response)
     * are left out: they are not part of the running programme until their contingency fires.
     */
    public boolean isOneSided() {
        List<ActionPlan> active = plans.stream().filter(p -> !p.isDormant()).toList();
        return !active.isEmpty() && (active.stream().noneMatch(p -> p.getKind() == ActionPlan.Kind.CONTRACTUAL)
                || active.stream().noneMatch(p -> p.getKind() == ActionPlan.Kind.RELATIONAL));
    }

    public Long getId() {
        return id;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public List<ActionPlan> getPlans() {
        return plans;
    }

    public long getVersion() {
        return version;
    }
}
