package com.kamplanner.health;

/**
 * The components of account health, in the order the account page lists them; each knows the page where what it
 * measures is fixed. The constants are part of the API ({@code GET /api/accounts/{id}/health}): never rename one.
 */
public enum HealthComponent {
    PLAN_FRESHNESS("/plan/plan.xhtml?account=%d"),
    DOCUMENT_COMPLIANCE("/strategy/workspace.xhtml?account=%d"),
    STAKEHOLDER_COVERAGE("/situation/database.xhtml?account=%d#section-stakeholders"),
    ACTION_PROGRESS("/plan/team.xhtml?account=%d"),
    INDICATOR_TRAJECTORY("/plan/plan.xhtml?account=%d"),
    SPONSOR_ENGAGEMENT("/accounts/account.xhtml?id=%d#sponsor"),
    RELATIONSHIP_STAGE("/accounts/account.xhtml?id=%d");

    private final String fixPage;

    HealthComponent(String fixPage) {
        this.fixPage = fixPage;
    }

    /** The page, relative to the application, where this component of the account's health is fixed. */
    public String fixLink(long accountId) {
        return fixPage.contains("%d") ? String.format(fixPage, accountId) : fixPage;
    }

    /** The component named {@code name}, or null. */
    public static HealthComponent parse(String name) {
        for (HealthComponent component : values()) {
            if (component.name().equals(name)) {
                return component;
            }
        }
        return null;
    }
}
