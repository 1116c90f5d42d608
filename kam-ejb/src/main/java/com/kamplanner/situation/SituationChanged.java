package com.kamplanner.situation;

/**
 * Fired inside the writing transaction when the account's situation changed in a way others watch: a contact
 * added, edited or removed on the stakeholder map, a section of the Key Account Database saved. The strategy's
 * contingencies observe it, without this package knowing them.
 */
public record SituationChanged(long accountId) {
}
