package com.kamplanner.culture;

import com.kamplanner.account.RelationshipStage;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * An achievement an account's own records show and nobody has recognised yet, as the recognition form offers it:
 * the piece of evidence ({@code evidenceId}: the objective, the plan version, the stage change or the contingency)
 * and its account.
 */
public record Achievement(AchievementKind kind, long evidenceId, long accountId, String accountName,
                          String objectiveTitle, Integer planVersion, RelationshipStage stageFrom,
                          RelationshipStage stageTo, String contingencyTrigger, LocalDate achievedOn) implements Achieved, Serializable {

    /** The form's key for it: kind and evidence, which together name it. */
    public String key() {
        return kind.name() + ":" + evidenceId;
    }
}
