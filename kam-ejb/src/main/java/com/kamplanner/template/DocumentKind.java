package com.kamplanner.template;

/**
 * Which document of the method a template shapes; the KA Director validates and versions each kind separately.
 * <ul>
 *   <li>{@link #KEY_ACCOUNT_DATABASE}: the four-part situation analysis ({@link DefaultDatabaseTemplate}), edited
 *       through {@code situation.KeyAccountDatabaseService};</li>
 *   <li>{@link #PLAN}: the sections a Key Account Plan must fill to be submitted ({@code plan.DefaultPlanTemplate},
 *       {@code plan.PlanTemplates});</li>
 *   <li>{@link #STRATEGY}: kept because the schema allows it (V6's check constraint), but no document template of
 *       this kind is created: the Strategy Formulation Process is a guided path, not a form of fields, and its
 *       template is a {@code strategy.StrategyTemplate} (rules per step, guidance, matrix tools, horizon), versioned
 *       through the same {@code platform.Lifecycle}.</li>
 * </ul>
 */
public enum DocumentKind {
    KEY_ACCOUNT_DATABASE,
    STRATEGY,
    PLAN
}
