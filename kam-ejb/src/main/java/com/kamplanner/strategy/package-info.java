/**
 * Strategy formulation, the second process step ("where do we want to go?"): per account, the situation potentials
 * (SWOT) citing the Key Account Database, the TOWS options that pair them, the strategic orientation checked
 * against the account's place in the selection matrix, the objective tree with its indicators, the action
 * programmes and plans, the vision and mission, and the contingencies that make the strategy a conditional plan.
 * {@link com.kamplanner.strategy.StrategyService} holds the rules and rights; the Key Account Plan builds on these
 * entities.
 */
package com.kamplanner.strategy;
