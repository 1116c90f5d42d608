package com.kamplanner.culture;

import com.kamplanner.account.RelationshipStage;
import java.time.LocalDate;

/**
 * An achievement as the pages and the API name it: its kind and the few words that say which (the objective's
 * title, the plan's version number, the two stages, the contingency's trigger), whether it is still a candidate or already recognised.
 */
public interface Achieved {

    AchievementKind kind();

    String accountName();

    String objectiveTitle();

    Integer planVersion();

    RelationshipStage stageFrom();

    RelationshipStage stageTo();

    /** A contingency handled: its trigger, never its response or anything else of the account. */
    String contingencyTrigger();

    LocalDate achievedOn();
}
