/**
 * The best-practice library: the KA Director marks an approved plan version, a complete strategy or a sound
 * action programme as a best practice, with a comment, and every KAM may browse the library and read the marked
 * items, even for accounts that are not theirs. That read is the only cross-account read a KAM gets, and it is
 * one rule, {@link com.kamplanner.bestpractice.BestPracticeService#marked}: an item may be read through the
 * library if and only if it is marked. Only the marked part is shown, never anything else of the account.
 */
package com.kamplanner.bestpractice;
