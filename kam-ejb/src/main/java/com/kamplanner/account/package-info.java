/**
 * The account portfolio: customer accounts, their key figures and the KAM who holds them, with the rule that a
 * KAM sees their own accounts and no one else's.
 */
package com.kamplanner.account;
