package com.kamplanner.plan;

import com.kamplanner.strategy.ActionPlan;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/** A KA team member's comment on an action plan: how the plan helps the KAM talk with the team. */
@Entity
@Table(name = "action_plan_comment")
public class ActionPlanComment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "action_plan_comment_seq", sequenceName = "action_plan_comment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_plan_comment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_plan_id")
    private ActionPlan actionPlan;

    @Column(nullable = false, length = 40)
    private String author;

    @Column(name = "at_time", nullable = false)
    private Instant at = Instant.now();

    @NotBlank(message = "{plan.comment.required}")
    @Size(max = 2000, message = "{plan.comment.size}")
    @Column(nullable = false, length = 2000)
    private String body;

    @Version
    private long version;

    protected ActionPlanComment() {
    }

    public ActionPlanComment(ActionPlan actionPlan, String author, String body) {
        this.actionPlan = actionPlan;
        this.author = author;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public ActionPlan getActionPlan() {
        return actionPlan;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getAt() {
        return at;
    }

    public String getBody() {
        return body;
    }
}
