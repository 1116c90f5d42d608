package com.kamplanner.competency;

import com.kamplanner.platform.BusinessRuleException;
import java.util.Map;

/** The input rules every rating passes, whoever gives it: a level is a whole number from 1 to 5. */
final class AssessmentRules {

    static final String LEVEL_RANGE = "competency.level.range";

    private AssessmentRules() {
    }

    static void checkLevel(String code, Integer level) {
        if (level != null && (level < 1 || level > 5)) {
            throw new BusinessRuleException(LEVEL_RANGE, code, level);
        }
    }

    static void checkLevels(Map<String, Integer> levels) {
        levels.forEach(AssessmentRules::checkLevel);
    }
}
