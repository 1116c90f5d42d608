package com.kamplanner.notification;

/**
 * What a notification tells its recipient. The constants are part of the API ({@code GET /api/me/notifications},
 * listed in the README): add new ones, never rename one. Each has its title in the notification bundles as
 * {@code notification.<KIND>}, formatted with the notification's title arguments; who receives it is
 * {@link NotificationRules#parties}.
 */
public enum NotificationKind {
    /** To the KA Director: a KAM submitted a plan version. Arguments: account, version, KAM. */
    PLAN_SUBMITTED,
    /** To the KAM and the KA team: the KA Director returned a plan version. Arguments: account, version, comments. */
    PLAN_RETURNED,
    /** To the KAM and the KA team: the KA Director approved a plan version. Arguments: account, version. */
    PLAN_APPROVED,
    /** To its new owner and the KAM: an action plan was given an owner. Arguments: title, account, by whom. */
    ACTION_PLAN_ASSIGNED,
    /** To its owner and the KAM: someone commented on an action plan. Arguments: title, account, by whom, comment. */
    ACTION_PLAN_COMMENTED,
    /** To its owner and the KAM, once per due date: an open action plan is past due. Arguments: title, account, due. */
    ACTION_PLAN_LATE,
    /** To the member: the KAM granted them a section of the Key Account Database. Arguments: account, label EN, FR. */
    SECTION_GRANTED,
    /** To the KAM and the KA Director, once per review date: a plan is past its review. Arguments: account, date. */
    PLAN_REVIEW_OVERDUE,
    /** To each KAM: HR opened a competency campaign, their self-assessment is due. Arguments: campaign, its end. */
    CAMPAIGN_OPENED,
    /** To the KAM: HR validated their assessment. Arguments: campaign. */
    ASSESSMENT_VALIDATED,
    /** To the sponsor, once per due date: their meeting with the customer is overdue. Arguments: account, due. */
    SPONSOR_MEETING_OVERDUE,
    /**
     * A conflict was recorded (or edited to name someone new): to the KAM of each key account it names, one about
     * that account; to the KA Directors when it names functions or levels, one about no account. Arguments: the
     * conflict's title, what it names (the account's name, or the functions as written).
     */
    CONFLICT_RECORDED,
    /**
     * To the message's audience (everyone in the programme, the KAMs, or one segment's KA teams): the executive or
     * the KA Director published a programme message. Arguments: author, the text in English (French when only that
     * was written), the text in French (English when only that was written). Withdrawing the message removes it.
     */
    PROGRAMME_MESSAGE,
    /** To the KAM and the company's members of the KA team: their team was recognised. Arguments: by whom, account. */
    TEAM_RECOGNISED,
    /**
     * To the KAM and the KA Directors: a contingency's watched condition held, and its prepared action plans woke.
     * Arguments: account, the contingency's trigger, the value it fired on (empty for a kind without a value).
     */
    CONTINGENCY_FIRED,
    /**
     * To the KAM and the KA Directors: an account's health fell by more than its segment's threshold between two
     * computations. Arguments: account, score before, score now.
     */
    HEALTH_DROPPED
}
