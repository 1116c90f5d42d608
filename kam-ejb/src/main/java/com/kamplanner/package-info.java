/**
 * KAM Planner services and entities, one package per feature of the Key Account Planning 3x3 grid:
 * {@code people} (users, roles), {@code account} (the portfolio), {@code audit} (who changed what),
 * plus {@code platform} for the schema migration, settings and typed business errors.
 */
package com.kamplanner;
