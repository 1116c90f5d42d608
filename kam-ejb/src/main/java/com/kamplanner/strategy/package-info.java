/**
 * Strategy formulation, the second process step ("where do we want to go?"): per account, the situation potentials
 * (SWOT) citing the Key Account Database, the TOWS options that pair them, the strategic orientation checked
 * against the account's place in the selection matrix, the objective tree with its indicators, the action
 * programmes and plans, the vision and mission, and the contingencies that make the strategy a conditional plan.
 * {@link com.kamplanner.strategy.StrategyService} reads the strategy and writes its orientation, vision and mission;
 * {@link com.kamplanner.strategy.TowsService} (potentials and TOWS options),
 * {@link com.kamplanner.strategy.ObjectiveService} (the objective tree) and
 * {@link com.kamplanner.strategy.ActionProgrammeService} (programmes, action plans, contingencies) write the steps,
 * all through {@link com.kamplanner.strategy.StrategyRecords}, which hands out only records the caller may write.
 * {@link com.kamplanner.strategy.StrategyAccess} decides the rights; the Key Account Plan builds on these entities.
 */
package com.kamplanner.strategy;
