/**
 * The strategy workspace pages (the guided path of the Strategy Formulation Process, one bean per step beside
 * {@link com.kamplanner.web.strategy.StrategyWorkspace}), the KA Director's compliance page, the PowerPoint export
 * and {@code GET /api/accounts/{id}/strategy}. Every rule and right lives in {@code com.kamplanner.strategy}.
 */
package com.kamplanner.web.strategy;
