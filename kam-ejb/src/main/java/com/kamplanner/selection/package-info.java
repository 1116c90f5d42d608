/**
 * Key account selection: weighted criteria sets (account attractiveness, our relative strength), scores, the
 * two indices, and the selection matrix with its four quadrants.
 */
package com.kamplanner.selection;
