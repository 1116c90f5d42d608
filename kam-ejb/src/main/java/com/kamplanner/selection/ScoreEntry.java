package com.kamplanner.selection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One level given on one criterion, as a page or the API submits it; Bean Validation checks it at the boundary
 * and the service checks it again.
 */
public class ScoreEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{score.criterion.required}")
    private Long criterionId;

    @NotNull(message = "{score.level.range}")
    @Min(value = 1, message = "{score.level.range}")
    @Max(value = 10, message = "{score.level.range}")
    private Integer level;

    @Size(max = 1000, message = "{score.comment.size}")
    private String comment;

    public ScoreEntry() {
    }

    public ScoreEntry(Long criterionId, Integer level, String comment) {
        this.criterionId = criterionId;
        this.level = level;
        this.comment = comment;
    }

    public Long getCriterionId() {
        return criterionId;
    }

    public void setCriterionId(Long criterionId) {
        this.criterionId = criterionId;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
