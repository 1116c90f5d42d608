package com.kamplanner.strategy;

import com.kamplanner.people.AppUser;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One action plan of a programme: contractual (what the contract binds: prices, service levels, volumes) or
 * relational (what builds the relationship: meetings, sponsorship, joint work), serving one objective, owned by a
 * member of the KA team, with its dates, resources or budget and its status. The Key Account Plan follows these.
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan implements java.io.Serializable {

    /** The two kinds of action plans of the method. */
    public enum Kind {
        CONTRACTUAL, RELATIONAL
    }

    /** Where the plan stands. */
    public enum Status {
        PLANNED, IN_PROGRESS, DONE, ON_HOLD, CANCELLED
    }

    @Id
    @SequenceGenerator(name = "action_plan_seq", sequenceName = "action_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_plan_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private ActionProgramme programme;

    @NotBlank(message = "{strategy.plan.title.required}")
    @Size(max = 300, message = "{strategy.plan.title.size}")
    @Column(nullable = false, length = 300)
    private String title;

    @NotNull(message = "{strategy.plan.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    /** The objective this plan serves; null only while the plan is a draft (a compliance check flags it). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "objective_id")
    private Objective objective;

    /** The KA team member (or the KAM) who owns the plan. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Size(max = 1000, message = "{strategy.plan.resources.size}")
    @Column(length = 1000)
    private String resources;

    @DecimalMin(value = "0", message = "{strategy.plan.budget.negative}")
    @Column(precision = 19, scale = 2)
    private BigDecimal budget;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.PLANNED;

    /**
     * The status of the latest follow-up update (latest time, then highest id), null without one: written in the
     * same transaction as each update, so that "open" is a plain predicate (V29). The follow-up's own enum names.
     */
    @Column(name = "follow_up_status", length = 12)
    private String followUpStatus;

    /**
     * A contingency's prepared plan, kept asleep until the contingency fires: no dates then, only the offsets in
     * days from the firing day; never late, never counted.
     */
    @Column(nullable = false)
    private boolean dormant;

    @jakarta.validation.constraints.Min(value = 0, message = "{strategy.plan.offset.range}")
    @jakarta.validation.constraints.Max(value = 3650, message = "{strategy.plan.offset.range}")
    @Column(name = "start_offset_days")
    private Integer startOffsetDays;

    @jakarta.validation.constraints.Min(value = 0, message = "{strategy.plan.offset.range}")
    @jakarta.validation.constraints.Max(value = 3650, message = "{strategy.plan.offset.range}")
    @Column(name = "due_offset_days")
    private Integer dueOffsetDays;

    @Version
    private long version;

    public ActionPlan() {
    }

    public ActionPlan(String title, Kind kind) {
        this.title = title;
        this.kind = kind;
    }

    void copyFrom(ActionPlan edited) {
        title = edited.title;
        kind = edited.kind;
        startDate = edited.startDate;
        dueDate = edited.dueDate;
        resources = edited.resources;
        budget = edited.budget;
        status = edited.status == null ? Status.PLANNED : edited.status;
        dormant = edited.dormant;
        startOffsetDays = edited.dormant ? edited.startOffsetDays : null;
        dueOffsetDays = edited.dormant ? edited.dueOffsetDays : null;
        if (dormant) {
            startDate = null;
            dueDate = null;
        }
    }

    /** Wakes a dormant plan on the day its contingency fired: its dates are counted from that day. */
    void wake(LocalDate firingDay) {
        if (!dormant) {
            return;
        }
        startDate = WatchRules.counted(firingDay, startOffsetDays == null ? 0 : startOffsetDays);
        dueDate = WatchRules.counted(firingDay, dueOffsetDays);
        dormant = false;
    }

    public Long getId() {
        return id;
    }

    public ActionProgramme getProgramme() {
        return programme;
    }

    void setProgramme(ActionProgramme programme) {
        this.programme = programme;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public Objective getObjective() {
        return objective;
    }

    void setObjective(Objective objective) {
        this.objective = objective;
    }

    public AppUser getOwner() {
        return owner;
    }

    void setOwner(AppUser owner) {
        this.owner = owner;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getResources() {
        return resources;
    }

    public void setResources(String resources) {
        this.resources = resources;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public String getFollowUpStatus() {
        return followUpStatus;
    }

    /** Called by the follow-up with each update it records: the name of the update's status. */
    public void setFollowUpStatus(String followUpStatus) {
        this.followUpStatus = followUpStatus;
    }

    /**
     * Puts a woken prepared plan back to sleep when its contingency is re-armed, unless its work has begun (a
     * follow-up update) or someone has edited it since (which drops its offsets).
     */
    void sleepAgain() {
        if (!dormant && followUpStatus == null && (startOffsetDays != null || dueOffsetDays != null)) {
            dormant = true;
            startDate = null;
            dueDate = null;
        }
    }

    public boolean isDormant() {
        return dormant;
    }

    public void setDormant(boolean dormant) {
        this.dormant = dormant;
    }

    public Integer getStartOffsetDays() {
        return startOffsetDays;
    }

    public void setStartOffsetDays(Integer startOffsetDays) {
        this.startOffsetDays = startOffsetDays;
    }

    public Integer getDueOffsetDays() {
        return dueOffsetDays;
    }

    public void setDueOffsetDays(Integer dueOffsetDays) {
        this.dueOffsetDays = dueOffsetDays;
    }

    public long getVersion() {
        return version;
    }
}
