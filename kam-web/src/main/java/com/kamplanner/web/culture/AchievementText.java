package com.kamplanner.web.culture;

import com.kamplanner.culture.Achieved;
import com.kamplanner.culture.MessageLine;
import com.kamplanner.culture.CultureRules;
import com.kamplanner.web.i18n.Bundle;
import java.util.Locale;

/**
 * The words of the programme's culture in a reader's language, the same on the pages and in the API: an
 * achievement ("Relationship moved up from Basic to Cooperative", "Contingency handled when it fired: …") and a message's text (the reader's language
 * when it was written, else the other).
 */
public final class AchievementText {

    private AchievementText() {
    }

    public static String of(Achieved achievement, Locale locale) {
        String key = "culture.achievement." + achievement.kind().name();
        return switch (achievement.kind()) {
            case OBJECTIVE_REACHED -> Bundle.text(locale, key, achievement.objectiveTitle());
            case PLAN_APPROVED_ON_TIME -> Bundle.text(locale, key, String.valueOf(achievement.planVersion()));
            case STAGE_MOVED_UP -> Bundle.text(locale, key,
                    Bundle.text(locale, "stage." + achievement.stageFrom().name()),
                    Bundle.text(locale, "stage." + achievement.stageTo().name()));
            case CONTINGENCY_HANDLED -> Bundle.text(locale, key, achievement.contingencyTrigger());
        };
    }

    public static String text(MessageLine message, Locale locale) {
        return CultureRules.text(message.textEn(), message.textFr(), locale);
    }

    /** To whom a message went: "Everyone", "KAMs", "Strategic accounts' teams". */
    public static String audience(MessageLine message, Locale locale) {
        return message.segment() == null ? Bundle.text(locale, "culture.audience." + message.audience().name())
                : Bundle.text(locale, "culture.audience.SEGMENT.of",
                        Bundle.text(locale, "quadrant." + message.segment().name()));
    }
}
