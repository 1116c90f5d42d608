package com.kamplanner.plan;

import com.kamplanner.strategy.ActionPlan;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/** One follow-up of an action plan: its recorded status, progress in percent, a comment, who and when. */
@Entity
@Table(name = "action_plan_update")
public class ActionPlanUpdate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "action_plan_update_seq", sequenceName = "action_plan_update_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_plan_update_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_plan_id")
    private ActionPlan actionPlan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FollowUpStatus status;

    @Min(value = 0, message = "{plan.progress.range}")
    @Max(value = 100, message = "{plan.progress.range}")
    @Column(nullable = false)
    private int progress;

    @Size(max = 2000, message = "{plan.comment.size}")
    @Column(name = "comments", length = 2000)
    private String comment;

    @Column(nullable = false, length = 40)
    private String author;

    @Column(name = "at_time", nullable = false)
    private Instant at = Instant.now();

    @Version
    private long version;

    protected ActionPlanUpdate() {
    }

    public ActionPlanUpdate(ActionPlan actionPlan, FollowUpStatus status, int progress, String comment,
                            String author) {
        this.actionPlan = actionPlan;
        this.status = status;
        this.progress = progress;
        this.comment = comment;
        this.author = author;
    }

    public Long getId() {
        return id;
    }

    public ActionPlan getActionPlan() {
        return actionPlan;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public String getComment() {
        return comment;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getAt() {
        return at;
    }
}
