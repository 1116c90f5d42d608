package com.kamplanner.bestpractice;

import com.kamplanner.plan.PlanVersion;
import com.kamplanner.plan.VersionStatus;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.strategy.ActionPlan;
import com.kamplanner.strategy.ActionProgramme;
import com.kamplanner.strategy.CitedEvidence;
import com.kamplanner.strategy.ComplianceCheck;
import com.kamplanner.strategy.ComplianceRules;
import com.kamplanner.strategy.ComplianceSql;
import com.kamplanner.strategy.Strategy;
import com.kamplanner.strategy.StrategyRules;

/**
 * Which items may be marked, what a marking needs, and who reads a marked item; pure, tested without a server.
 * <ul>
 * <li>A plan version once the KA Director approved it: approved, or superseded after its approval (it still
 * reads as approved, from its snapshot). Working, submitted and returned versions are not.</li>
 * <li>A strategy has no approval of its own; it counts as complete when {@link ComplianceCheck} finds nothing
 * against the strategy template of its account's segment ({@link ComplianceRules}), open "evidence changed"
 * flags included, as its SQL twin {@link ComplianceSql#noIssue} counts them.</li>
 * <li>An action programme when it passes the programme checks: at least one plan, both contractual and
 * relational plans, every plan serving an objective.</li>
 * </ul>
 */
public final class LibraryRules {

    public static final String NOT_ELIGIBLE = "practice.notEligible";
    public static final String COMMENT_REQUIRED = "practice.comment.required";
    public static final String COMMENT_SIZE = "practice.comment.size";
    public static final String ALREADY_MARKED = "practice.alreadyMarked";
    public static final int COMMENT_MAX = 2000;

    private LibraryRules() {
    }

    public static boolean eligible(PlanVersion version) {
        return version.getSnapshot() != null && version.getApprovedAt() != null
                && (version.getStatus() == VersionStatus.APPROVED || version.getStatus() == VersionStatus.SUPERSEDED);
    }

    /** {@code evidence} is what the account's Key Account Database holds now ({@link CitedEvidence#load}). */
    public static boolean eligible(Strategy strategy, ComplianceRules rules, CitedEvidence evidence) {
        return rules.check(strategy, StrategyRules.evidenceChanges(strategy, evidence)).isEmpty();
    }

    public static boolean eligible(ActionProgramme programme) {
        return !programme.getPlans().isEmpty() && !programme.isOneSided()
                && programme.getPlans().stream().map(ActionPlan::getObjective).allMatch(o -> o != null);
    }

    /** The comment, stripped; refused when blank or longer than {@value #COMMENT_MAX} characters. */
    public static String checkComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException(COMMENT_REQUIRED);
        }
        String stripped = comment.strip();
        if (stripped.length() > COMMENT_MAX) {
            throw new BusinessRuleException(COMMENT_SIZE, COMMENT_MAX);
        }
        return stripped;
    }

    /**
     * The read rule of the library: the KA Director and every KAM read an item through the library if and only
     * if it is marked; nobody else reads the library at all. It says nothing about the rest of the account.
     */
    public static boolean mayRead(boolean director, boolean kam, boolean marked) {
        return marked && (director || kam);
    }
}
