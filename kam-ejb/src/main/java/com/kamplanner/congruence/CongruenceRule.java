package com.kamplanner.congruence;

/**
 * The kinds of line on the congruence board, one rule each, in the order the board lists them; each knows the
 * page where a line of its kind is fixed.
 */
public enum CongruenceRule {
    ACCOUNT_WITHOUT_KAM(Subject.ACCOUNT, "/accounts/account.xhtml?id="),
    ACCOUNT_WITHOUT_TEAM(Subject.ACCOUNT, "/accounts/account.xhtml?id="),
    ACCOUNT_WITHOUT_SPONSOR(Subject.ACCOUNT, "/accounts/account.xhtml?id="),
    KAM_OVER_CAPACITY(Subject.KAM, "/segmentation/segments.xhtml"),
    KAM_BELOW_TARGET_PROFILE(Subject.KAM, "/competency/profile.xhtml?user="),
    PLAN_BELOW_COMPLIANCE(Subject.ACCOUNT, "/plan/plan.xhtml?account="),
    PLAN_STALE(Subject.ACCOUNT, "/plan/plan.xhtml?account="),
    PLAN_AWAITING_REVIEW(Subject.ACCOUNT, "/plan/review.xhtml"),
    DATABASE_STALE_SECTIONS(Subject.ACCOUNT, "/situation/database.xhtml?account="),
    /** A key account's strategy fails the strategy template of its segment (issue 19). */
    STRATEGY_NOT_COMPLIANT(Subject.ACCOUNT, "/strategy/workspace.xhtml?account="),
    /** A key account's stored health score is below its segment's alert threshold (issue 18). */
    HEALTH_BELOW_THRESHOLD(Subject.ACCOUNT, "/accounts/account.xhtml?id=");

    /** What a line is about: a key account or a KAM. */
    public enum Subject { ACCOUNT, KAM }

    private final Subject subject;
    private final String fixPage;

    CongruenceRule(Subject subject, String fixPage) {
        this.subject = subject;
        this.fixPage = fixPage;
    }

    public Subject getSubject() {
        return subject;
    }

    /** The page, relative to the application, where the line about {@code subjectId} is fixed. */
    public String fixLink(long subjectId) {
        return fixPage.endsWith("=") ? fixPage + subjectId : fixPage;
    }

    /** The rule named {@code name} (case-insensitive), or null when no rule has that name. */
    public static CongruenceRule parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (CongruenceRule rule : values()) {
            if (rule.name().equalsIgnoreCase(name.trim())) {
                return rule;
            }
        }
        return null;
    }
}
