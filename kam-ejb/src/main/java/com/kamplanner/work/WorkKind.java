package com.kamplanner.work;

/**
 * What a work item asks of its person. The constants are part of the API ({@code GET /api/me/work}, listed in the
 * README): add new ones, never rename one. Each has its title in the bundles as {@code work.<KIND>}, with the
 * item's title arguments.
 */
public enum WorkKind {
    /** KAM: the KA Director returned a plan version; the title carries the comments. Since: the return. */
    PLAN_RETURNED,
    /** KAM and KA Director: a plan's review date (its segment's cadence) is past or near. Due: that date. */
    PLAN_REVIEW_DUE,
    /** KA Director: a submitted plan version waits for review. Since: the submission; the title gives the days. */
    PLAN_AWAITING_REVIEW,
    /** An open action plan past its due date (late is computed, never typed). Due: its due date. */
    ACTION_PLAN_LATE,
    /** An open action plan due within {@link WorkRules#DUE_SOON_DAYS} days. Due: its due date. */
    ACTION_PLAN_DUE,
    /** Team member: one of their open action plans, due later or without a due date. */
    ACTION_PLAN_OPEN,
    /** KAM: a key account of theirs has no Key Account Database yet. */
    DATABASE_MISSING,
    /** KAM: sections of a key account's database not saved within its segment's review period. Since: the oldest save. */
    DATABASE_STALE,
    /**
     * KAM: decision makers of a key account not contacted within the stakeholder-freshness setting (or never).
     * Since: the oldest last contact, null if one was never contacted.
     */
    DECISION_MAKERS_NOT_CONTACTED,
    /** Team member: database sections granted to them still empty or stale. Since: the oldest save, null if never. */
    DATABASE_GRANTED,
    /** KAM: a self-assessment to fill in an open competency campaign. Due: the end of the campaign's period. */
    SELF_ASSESSMENT,
    /** KA Director: KAMs' assessments of an open campaign wait for theirs. Due: the end of the campaign's period. */
    CAMPAIGN_ASSESSMENT,
    /** KA Director: a conflict not resolved yet. Since: when it was opened. */
    CONFLICT_OPEN,
    /** Executive: a programme investment line proposed and not approved yet. */
    INVESTMENT_TO_APPROVE,
    /** HR: an open campaign, with how many of its assessments are validated. Due: the end of its period. */
    CAMPAIGN_IN_PROGRESS,
    /** HR: assessments of an open campaign the KA Director has assessed, waiting for HR's validation. Due: its end. */
    ASSESSMENT_TO_VALIDATE,
    /** HR: a KAM's open development action due within {@link WorkRules#LOOK_AHEAD_DAYS} days or late. Due: its date. */
    DEVELOPMENT_ACTION_DUE,
    /** Administrator: an enabled user who holds no role, and so reaches nothing. Since: the account's creation. */
    USER_WITHOUT_ROLE,
    /** KAM: a key account of theirs whose strategy is missing or does not follow the method yet. */
    STRATEGY_NOT_COMPLIANT,
    /**
     * KA Director: the congruence board's lines of one rule, with their count; the title is
     * {@code work.CONGRUENCE_LINES.<rule>}, one per {@link com.kamplanner.congruence.CongruenceRule}.
     */
    CONGRUENCE_LINES,
    /**
     * Executive: a sponsored account whose next sponsor meeting (its segment's cadence after the last) is due
     * within {@link WorkRules#LOOK_AHEAD_DAYS} days or past. Due: that date, today when they never met.
     */
    SPONSOR_MEETING_DUE,
    /** Executive: the key accounts' revenue against their revenue objectives' targets, when targets are set. */
    REVENUE_AGAINST_TARGET,
    /**
     * Administrator, when directory login is on: the directory's last check, whether it answered (title argument
     * 0: never checked, 1: answered, 2: did not answer). Since: the check.
     */
    DIRECTORY_CHECK,
    /**
     * KAM: a key account of theirs whose decision makers or high-influence stakeholders lack relationships (none,
     * acquaintances only, one person only) or whose known contacts went stale; the title gives how many stakeholders.
     */
    COVERAGE_GAPS,
    /** Administrator: logins refused in the last 24 hours (wrong passwords and blocked attempts), with the count. */
    LOGINS_REFUSED,
    /**
     * KAM: a follow-up action the executive sponsor recorded on a meeting with one of their key accounts, until the
     * KAM turns it into an action plan of the strategy. Due: the follow-up's due date.
     */
    SPONSOR_FOLLOW_UP
}
