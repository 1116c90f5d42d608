/**
 * KAM Planner services and entities, one package per feature; each package's own {@code package-info} says what
 * it holds and why. The packages, along the Key Account Planning 3x3 grid:
 * <ul>
 *   <li>people and the portfolio: {@code people} (users, the {@code Role} enum), {@code account} (the portfolio and
 *       who may see which account) and {@code account.imports} (CRM exports);</li>
 *   <li>selecting key accounts: {@code selection} (criteria, scores, the matrix), {@code segmentation} (key account
 *       decisions, segments, KAM assignment, teams, sponsors) and {@code programme} (programme-wide settings: KAM
 *       capacity, matrix thresholds);</li>
 *   <li>the three documents: {@code template} (versioned templates), {@code situation} (the Key Account Database),
 *       {@code strategy} (the Strategy Formulation Process and its deck) and {@code plan} (the Key Account Plan);</li>
 *   <li>people development: {@code competency} (HR's KAM competency tracking);</li>
 *   <li>programme governance: {@code priority}, {@code sponsorship}, {@code executive}, {@code congruence},
 *       {@code conflict}, {@code bestpractice} and {@code improvement};</li>
 *   <li>what every feature stands on: {@code audit} (the audit trail, exports included), {@code platform} (schema
 *       migration, settings, typed business errors, the {@code Download} every export returns, metrics) and
 *       {@code demo} (the demo company).</li>
 * </ul>
 * kam-web mirrors these names in {@code com.kamplanner.web.<feature>}; its root {@code package-info} lists where it
 * departs from them.
 */
package com.kamplanner;
