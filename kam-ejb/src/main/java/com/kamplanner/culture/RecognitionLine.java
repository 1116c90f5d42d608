package com.kamplanner.culture;

import com.kamplanner.account.RelationshipStage;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A recognition as every programme member reads it: the account's name, the team, the achievement, who
 * recognised it and when, with their words. Nothing else of the account, not even its id: there is nothing to open.
 */
public record RecognitionLine(long id, String accountName, String teamNames, AchievementKind kind,
                              String objectiveTitle, Integer planVersion, RelationshipStage stageFrom,
                              RelationshipStage stageTo, String contingencyTrigger, LocalDate achievedOn,
                              String citation, String recognisedBy, Instant recognisedAt) implements Achieved, Serializable {
}
