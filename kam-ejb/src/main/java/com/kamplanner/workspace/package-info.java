/**
 * The account workspace: what every page of one account shares, its header (name, assigned segment and scored
 * quadrant, KAM, plan state) and the tabs to the account's pages the caller's rights open. One service computes it
 * with the rights model, so the tabs never lead to a page that would refuse the caller.
 */
package com.kamplanner.workspace;
