package com.kamplanner.web.selection;

import com.kamplanner.platform.FreeText;
import com.kamplanner.selection.CriteriaSet;
import com.kamplanner.selection.Criterion;
import com.kamplanner.selection.ScoreLine;
import java.io.Serializable;
import java.util.Objects;

/** One line of the score form: a criterion of the active set, the level being given, and the previous score. */
public class ScoreRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Criterion criterion;
    private final ScoreLine previous;
    private Integer level;
    private String comment;

    ScoreRow(Criterion criterion, ScoreLine previous) {
        this.criterion = criterion;
        this.previous = previous;
        if (previous != null) {
            this.level = previous.getLevel();
            this.comment = previous.getComment();
        }
    }

    /** True unless the level and comment are those of the latest score, given under this very version. */
    boolean isChanged(CriteriaSet active) {
        return previous == null || previous.getSetNumber() != active.getNumber()
                || !Objects.equals(previous.getLevel(), level)
                || !Objects.equals(previous.getComment(), FreeText.orNull(comment));
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public ScoreLine getPrevious() {
        return previous;
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
