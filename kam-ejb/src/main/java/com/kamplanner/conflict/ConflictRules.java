package com.kamplanner.conflict;

import com.kamplanner.platform.BusinessRuleException;

/**
 * The rules of a conflict's life, pure so that they are tested without a server: status moves forward only, and
 * a conflict is resolved only with a note saying how.
 */
public final class ConflictRules {

    public static final String BACKWARDS = "conflict.status.forwardOnly";
    public static final String RESOLUTION_REQUIRED = "conflict.resolution.required";
    public static final String RESOLUTION_SIZE = "conflict.resolution.size";
    public static final int RESOLUTION_MAX = 4000;

    private ConflictRules() {
    }

    /** Refuses a move that is not forward, and a resolution without a note. */
    public static void checkMove(ConflictStatus from, ConflictStatus to, String resolutionNote) {
        if (!from.canMoveTo(to)) {
            throw new BusinessRuleException(BACKWARDS);
        }
        if (to == ConflictStatus.RESOLVED) {
            if (resolutionNote == null || resolutionNote.isBlank()) {
                throw new BusinessRuleException(RESOLUTION_REQUIRED);
            }
            if (resolutionNote.strip().length() > RESOLUTION_MAX) {
                throw new BusinessRuleException(RESOLUTION_SIZE, RESOLUTION_MAX);
            }
        }
    }
}
