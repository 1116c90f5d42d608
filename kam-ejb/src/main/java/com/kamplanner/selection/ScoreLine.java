package com.kamplanner.selection;

import com.kamplanner.platform.LifecycleStatus;
import java.io.Serializable;
import java.time.Instant;

/** A score as people read it: which version and criterion, the level, who gave it and when. */
public class ScoreLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int setNumber;
    private final LifecycleStatus setStatus;
    private final long criterionId;
    private final CriterionGroup group;
    private final String criterion;
    private final int weight;
    private final int level;
    private final String descriptor;
    private final String comment;
    private final String scoredBy;
    private final Instant scoredAt;
    private final boolean latest;

    ScoreLine(Score score) {
        Criterion c = score.getCriterion();
        this.setNumber = c.getCriteriaSet().getNumber();
        this.setStatus = c.getCriteriaSet().getStatus();
        this.criterionId = c.getId();
        this.group = c.getGroup();
        this.criterion = c.getName();
        this.weight = c.getWeight();
        this.level = score.getLevel();
        this.descriptor = c.descriptor(score.getLevel());
        this.comment = score.getComment();
        this.scoredBy = score.getScoredBy();
        this.scoredAt = score.getScoredAt();
        this.latest = score.isLatest();
    }

    public int getSetNumber() {
        return setNumber;
    }

    public LifecycleStatus getSetStatus() {
        return setStatus;
    }

    public long getCriterionId() {
        return criterionId;
    }

    public CriterionGroup getGroup() {
        return group;
    }

    public String getCriterion() {
        return criterion;
    }

    public int getWeight() {
        return weight;
    }

    public int getLevel() {
        return level;
    }

    public String getDescriptor() {
        return descriptor;
    }

    public String getComment() {
        return comment;
    }

    public String getScoredBy() {
        return scoredBy;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

    public boolean isLatest() {
        return latest;
    }
}
