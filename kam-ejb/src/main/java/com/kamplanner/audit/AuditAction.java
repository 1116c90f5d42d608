package com.kamplanner.audit;

/**
 * What an audit line records. The code is what the audit table stores (and what older lines already hold); pages
 * show it through the bundle key {@code audit.action.<code>}, which a test requires in English and French for
 * every constant, so the administrator reads "Plan approved" rather than {@code plan.approved}.
 */
public enum AuditAction {
    // account
    ACCOUNT_IMPORT_REFUSED("account.importRefused"),
    ACCOUNT_IMPORTED("account.imported"),
    ACCOUNT_KAM_ASSIGNED("account.kamAssigned"),
    ACCOUNT_KAM_ASSIGNED_OVER_CAPACITY("account.kamAssignedOverCapacity"),
    ACCOUNT_MADE_CANDIDATE("account.madeCandidate"),
    ACCOUNT_MADE_KEY("account.madeKey"),
    ACCOUNT_SCORED("score"),
    ACCOUNT_SEGMENT_OVERRIDDEN("account.segmentOverridden"),
    ACCOUNT_SEGMENT_OVERRIDE_CLEARED("account.segmentOverrideCleared"),
    ACCOUNT_SPONSOR_SET("account.sponsorSet"),
    ACCOUNT_STAGES_SET("account.stagesSet"),
    // API tokens
    API_TOKEN_CREATED("apiToken.created"),
    API_TOKEN_REVOKED("apiToken.revoked"),
    // calendar
    CALENDAR_FEED_CREATED("calendar.feedCreated"),
    CALENDAR_FEED_REVOKED("calendar.feedRevoked"),
    // competency
    COMPETENCY_ACTION_ADDED("competency.actionAdded"),
    COMPETENCY_ACTION_STATUS("competency.actionStatus"),
    COMPETENCY_CAMPAIGN_CLOSED("competency.campaign.closed"),
    COMPETENCY_CAMPAIGN_OPENED("competency.campaign.opened"),
    COMPETENCY_FRAMEWORK_ACTIVATED("competency.framework.activated"),
    COMPETENCY_FRAMEWORK_DRAFTED("competency.framework.drafted"),
    COMPETENCY_FRAMEWORK_LEVEL_DESCRIBED("competency.framework.levelDescribed"),
    COMPETENCY_JOB_PROFILE_EXPORTED("competency.jobProfile.exported"),
    COMPETENCY_MANAGER_ASSESSED("competency.managerAssessed"),
    COMPETENCY_SELF_ASSESSED("competency.selfAssessed"),
    COMPETENCY_TARGET_LEVEL_REQUIRED("competency.target.levelRequired"),
    COMPETENCY_VALIDATED("competency.validated"),
    COMPETENCY_VALIDATED_WITHOUT_SELF_ASSESSMENT("competency.validatedWithoutSelfAssessment"),
    // conflict
    CONFLICT_EDIT("conflict.edit"),
    CONFLICT_OPEN("conflict.open"),
    CONFLICT_REGISTER_EXPORTED("conflict.register.exported"),
    CONFLICT_STATUS("conflict.status"),
    // congruence
    CONGRUENCE_BOARD_EXPORTED("congruence.board.exported"),
    CONGRUENCE_COMPLIANCE_EXPORTED("congruence.compliance.exported"),
    // culture
    CULTURE_MESSAGE_PUBLISHED("culture.messagePublished"),
    CULTURE_MESSAGE_WITHDRAWN("culture.messageWithdrawn"),
    CULTURE_TEAM_RECOGNISED("culture.teamRecognised"),
    // criteria
    CRITERIA_ACTIVATE("criteria.activate"),
    CRITERIA_DELETE("criteria.delete"),
    CRITERIA_DRAFT("criteria.draft"),
    CRITERIA_SAVE("criteria.save"),
    // executive
    EXECUTIVE_INVESTMENTS_EXPORTED("executive.investments.exported"),
    EXECUTIVE_PEOPLE_EXPORTED("executive.people.exported"),
    EXECUTIVE_PORTFOLIO_EXPORTED("executive.portfolio.exported"),
    // improvement
    IMPROVEMENT_ADDED("improvement.added"),
    IMPROVEMENT_DELETED("improvement.deleted"),
    IMPROVEMENT_REVIEW_EXPORTED("improvement.review.exported"),
    IMPROVEMENT_UPDATED("improvement.updated"),
    // investment
    INVESTMENT_APPROVED("investment.approved"),
    INVESTMENT_EDITED("investment.edited"),
    INVESTMENT_PROPOSED("investment.proposed"),
    INVESTMENT_REMOVED("investment.removed"),
    INVESTMENT_REOPENED("investment.reopened"),
    // matrix
    MATRIX_THRESHOLDS("matrix.thresholds"),
    // plan
    PLAN_ACTION_PLAN_COMMENTED("plan.actionPlan.commented"),
    PLAN_ACTION_PLAN_UPDATED("plan.actionPlan.updated"),
    PLAN_ACTUAL_RECORDED("plan.actual.recorded"),
    PLAN_APPROVED("plan.approved"),
    PLAN_REQUIREMENT("plan.requirement"),
    PLAN_RETURNED("plan.returned"),
    PLAN_ROLLED_FORWARD("plan.rolledForward"),
    PLAN_SAVED("plan.saved"),
    PLAN_STARTED("plan.started"),
    PLAN_SUBMITTED("plan.submitted"),
    PLAN_TEMPLATE_VALIDATED("plan.template.validated"),
    PLAN_VERSION_EXPORTED("plan.version.exported"),
    // practice
    PRACTICE_MARK("practice.mark"),
    PRACTICE_UNMARK("practice.unmark"),
    // priority
    PRIORITY_ADDED("priority.added"),
    PRIORITY_BOARD_EXPORTED("priority.board.exported"),
    PRIORITY_DELETED("priority.deleted"),
    PRIORITY_LINKED("priority.linked"),
    PRIORITY_REINSTATED("priority.reinstated"),
    PRIORITY_RETIRED("priority.retired"),
    PRIORITY_SAVED("priority.saved"),
    // programme
    PROGRAMME_CAPACITY_CHANGED("programme.capacityChanged"),
    PROGRAMME_FRESHNESS_CHANGED("programme.freshnessChanged"),
    PROGRAMME_THROTTLING_CHANGED("programme.throttlingChanged"),
    // security
    SECURITY_BLOCK_LIFTED("security.blockLifted"),
    // relationship coverage
    INFLUENCE_LINE_DRAWN("influence.drawn"),
    INFLUENCE_LINE_ERASED("influence.erased"),
    RELATIONSHIP_REMOVE("relationship.remove"),
    RELATIONSHIP_SAVE("relationship.save"),
    // segment
    SEGMENT_SETTINGS_CHANGED("segment.settingsChanged"),
    HEALTH_WEIGHTS_CHANGED("health.weightsChanged"),
    // situation
    SITUATION_DATABASE_EXPORTED("situation.database.exported"),
    SITUATION_GRANT("situation.grant"),
    SITUATION_MOVE_TEMPLATE("situation.moveTemplate"),
    SITUATION_REQUIREMENT("situation.requirement"),
    SITUATION_REVOKE("situation.revoke"),
    SITUATION_SAVE("situation.save"),
    // sponsorship
    SPONSORSHIP_BOARD_EXPORTED("sponsorship.board.exported"),
    SPONSORSHIP_COUNTERPART_NAMED("sponsorship.counterpartNamed"),
    SPONSORSHIP_FOLLOW_UP_TURNED("sponsorship.followUpTurned"),
    SPONSORSHIP_MEETING_LOGGED("sponsorship.meetingLogged"),
    // stakeholder
    STAKEHOLDER_ADD("stakeholder.add"),
    STAKEHOLDER_EDIT("stakeholder.edit"),
    STAKEHOLDER_REMOVE("stakeholder.remove"),
    // strategy
    STRATEGY_CONTINGENCY_ACKNOWLEDGED("strategy.contingency.acknowledged"),
    STRATEGY_CONTINGENCY_DELETED("strategy.contingency.deleted"),
    STRATEGY_CONTINGENCY_FIRED("strategy.contingency.fired"),
    STRATEGY_CONTINGENCY_REARMED("strategy.contingency.rearmed"),
    STRATEGY_CONTINGENCY_SAVED("strategy.contingency.saved"),
    STRATEGY_DECK_EXPORTED("strategy.deck.exported"),
    STRATEGY_EVIDENCE_CONFIRMED("strategy.evidence.confirmed"),
    STRATEGY_GRANT("strategy.grant"),
    STRATEGY_OBJECTIVE_DELETED("strategy.objective.deleted"),
    STRATEGY_OBJECTIVE_SAVED("strategy.objective.saved"),
    STRATEGY_OPTION_DELETED("strategy.option.deleted"),
    STRATEGY_OPTION_SAVED("strategy.option.saved"),
    STRATEGY_ORIENTATION("strategy.orientation"),
    STRATEGY_PLAN_DELETED("strategy.plan.deleted"),
    STRATEGY_PLAN_SAVED("strategy.plan.saved"),
    STRATEGY_POTENTIAL_DELETED("strategy.potential.deleted"),
    STRATEGY_POTENTIAL_SAVED("strategy.potential.saved"),
    STRATEGY_PROGRAMME_DELETED("strategy.programme.deleted"),
    STRATEGY_PROGRAMME_SAVED("strategy.programme.saved"),
    STRATEGY_REVOKE("strategy.revoke"),
    STRATEGY_VISION("strategy.vision"),
    // team
    TEAM_MEMBER_ADDED("team.memberAdded"),
    TEAM_MEMBER_REMOVED("team.memberRemoved"),
    // template
    TEMPLATE_ACTIVATE("template.activate"),
    TEMPLATE_ARCHIVE("template.archive"),
    TEMPLATE_DRAFT("template.draft"),
    TEMPLATE_SAVE_DRAFT("template.saveDraft"),
    // user
    USER_CREATED("user.created"),
    USER_DELETED("user.deleted"),
    USER_FROM_DIRECTORY("user.fromDirectory"),
    USER_PASSWORD_RESET("user.passwordReset"),
    USER_ROLES_CHANGED("user.rolesChanged"),
    USER_UPDATED("user.updated"),
    // whitespace
    WHITESPACE_CATALOGUE_ACTIVATE("whitespace.catalogue.activate"),
    WHITESPACE_CATALOGUE_DRAFT("whitespace.catalogue.draft"),
    WHITESPACE_CATALOGUE_SAVE("whitespace.catalogue.save"),
    WHITESPACE_CELL_SAVED("whitespace.cell.saved"),
    WHITESPACE_CENTRE_ADDED("whitespace.centre.added"),
    WHITESPACE_CENTRE_REMOVED("whitespace.centre.removed"),
    WHITESPACE_EXPORTED("whitespace.exported");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    /** The stored code, for instance {@code plan.approved}. */
    public String code() {
        return code;
    }
}
