/**
 * Account health: a score from 0 to 100 per key account, made of components the KA Director weighs per segment
 * ({@link com.kamplanner.health.HealthWeights}). The facts are read set-based ({@link com.kamplanner.health.HealthStatements}),
 * turned into component values by pure rules ({@link com.kamplanner.health.HealthRules}) and stored by a scheduled
 * refresh ({@link com.kamplanner.health.HealthRefresh}), so that pages, the portfolio's sort and the congruence board
 * read a table and never compute a score at page time. Unknown components are kept unknown and weighted out.
 */
package com.kamplanner.health;
