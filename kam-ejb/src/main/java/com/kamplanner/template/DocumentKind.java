package com.kamplanner.template;

/**
 * Which supporting document a template shapes. Only the Key Account Database uses templates today; the Strategy
 * Formulation Process document and the Key Account Plan will reuse the same model.
 */
public enum DocumentKind {
    KEY_ACCOUNT_DATABASE,
    STRATEGY,
    PLAN
}
