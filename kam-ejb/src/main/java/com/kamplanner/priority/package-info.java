/**
 * Corporate strategic priorities: the short list executives keep for a period of years, and the links by which a
 * key account's strategic objectives show the priorities they serve. C-level aligns the Key Account programme with
 * corporate strategy here: the board counts, in the database, which key accounts serve each priority and flags
 * those none serves. KAMs link their strategic objectives from the strategy workspace.
 */
package com.kamplanner.priority;
