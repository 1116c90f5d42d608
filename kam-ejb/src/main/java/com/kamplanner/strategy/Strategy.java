package com.kamplanner.strategy;

import com.kamplanner.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Strategy Formulation Process document of one account, as an aggregate: its situation potentials, TOWS
 * options, orientation, objectives, action programmes, vision, mission and contingencies. Created on the first
 * save of any step; every step is stored as it is saved, so each stays a draft that can be revisited.
 */
@Entity
@Table(name = "strategy")
@NamedQuery(name = Strategy.BY_ACCOUNT, query = "select s from Strategy s where s.account.id = :account")
public class Strategy implements java.io.Serializable {

    public static final String BY_ACCOUNT = "Strategy.byAccount";

    @Id
    @SequenceGenerator(name = "strategy_seq", sequenceName = "strategy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategy_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Valid
    @Embedded
    private StrategicOrientation orientation = new StrategicOrientation();

    /** Where the relationship should be in a few years, in the team's words. */
    @Size(max = 2000, message = "{strategy.vision.size}")
    @Column(length = 2000)
    private String vision;

    /** What we commit to do for this customer, every day, to get there. */
    @Size(max = 2000, message = "{strategy.mission.size}")
    @Column(length = 2000)
    private String mission;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Column(name = "updated_by", length = 40)
    private String updatedBy;

    @OneToMany(mappedBy = "strategy")
    @OrderBy("kind, position, id")
    private List<SituationPotential> potentials = new ArrayList<>();

    @OneToMany(mappedBy = "strategy")
    @OrderBy("type, id")
    private List<TowsOption> options = new ArrayList<>();

    @OneToMany(mappedBy = "strategy")
    @OrderBy("position, id")
    private List<Objective> objectives = new ArrayList<>();

    @OneToMany(mappedBy = "strategy")
    @OrderBy("position, id")
    private List<ActionProgramme> programmes = new ArrayList<>();

    @OneToMany(mappedBy = "strategy")
    @OrderBy("id")
    private List<Contingency> contingencies = new ArrayList<>();

    @Version
    private long version;

    protected Strategy() {
    }

    public Strategy(Account account) {
        this.account = account;
    }

    /** Adds a situation potential at the end of its kind. For seeding and imports; users go through the service. */
    public SituationPotential addPotential(SituationPotential potential) {
        potential.attachTo(this);
        potential.setPosition(potentials.size());
        potentials.add(potential);
        return potential;
    }

    /** Adds a TOWS option pairing the given potentials of this strategy. */
    public TowsOption addOption(TowsOption option, SituationPotential... pairs) {
        StrategyRules.checkPairing(option.getType(), List.of(pairs));
        option.attachTo(this);
        option.getPotentials().addAll(List.of(pairs));
        options.add(option);
        return option;
    }

    /** Adds an objective under {@code parent} (null for a strategic one), traced to the given options. */
    public Objective addObjective(Objective objective, Objective parent, TowsOption... tracedTo) {
        StrategyRules.checkParent(objective.getLevel(), parent);
        StrategyRules.checkTraces(objective.getLevel(), List.of(tracedTo));
        StrategyRules.checkIndicator(objective.getIndicator());
        objective.attachTo(this);
        objective.setParent(parent);
        objective.setPosition(objectives.size());
        objective.getOptions().addAll(List.of(tracedTo));
        objectives.add(objective);
        return objective;
    }

    public ActionProgramme addProgramme(ActionProgramme programme) {
        programme.attachTo(this);
        programme.setPosition(programmes.size());
        programmes.add(programme);
        return programme;
    }

    /** Adds a contingency answered by the given action plans. */
    public Contingency addContingency(Contingency contingency, ActionPlan... respondingPlans) {
        contingency.attachTo(this);
        contingency.getPlans().addAll(List.of(respondingPlans));
        contingencies.add(contingency);
        return contingency;
    }

    /** Records who changed the strategy last, and when. */
    void touch(String user) {
        updatedAt = Instant.now();
        updatedBy = user;
    }

    /** Every action plan of every programme, in programme order. */
    public List<ActionPlan> getPlans() {
        List<ActionPlan> plans = new ArrayList<>();
        programmes.forEach(p -> plans.addAll(p.getPlans()));
        return plans;
    }

    public List<SituationPotential> potentialsOf(SituationPotential.Kind kind) {
        return potentials.stream().filter(p -> p.getKind() == kind).toList();
    }

    public List<TowsOption> optionsOf(TowsOption.Type type) {
        return options.stream().filter(o -> o.getType() == type).toList();
    }

    /** The strategic objectives, the roots of the objective tree. */
    public List<Objective> getRootObjectives() {
        return objectives.stream().filter(o -> o.getParent() == null).toList();
    }

    public List<Objective> childrenOf(Objective parent) {
        return objectives.stream().filter(o -> o.getParent() != null && o.getParent().getId() != null
                && o.getParent().getId().equals(parent.getId())).toList();
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    /**
     * Never null: none chosen yet reads as an empty orientation (EclipseLink reads an all-null embeddable as null).
     * Reading never changes the entity, so a read inside a transaction writes nothing.
     */
    public StrategicOrientation getOrientation() {
        return orientation == null ? new StrategicOrientation() : orientation;
    }

    public void setOrientation(StrategicOrientation orientation) {
        this.orientation = orientation == null ? new StrategicOrientation() : orientation;
    }

    public String getVision() {
        return vision;
    }

    public void setVision(String vision) {
        this.vision = vision;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<SituationPotential> getPotentials() {
        return potentials;
    }

    public List<TowsOption> getOptions() {
        return options;
    }

    public List<Objective> getObjectives() {
        return objectives;
    }

    public List<ActionProgramme> getProgrammes() {
        return programmes;
    }

    public List<Contingency> getContingencies() {
        return contingencies;
    }

    public long getVersion() {
        return version;
    }
}
