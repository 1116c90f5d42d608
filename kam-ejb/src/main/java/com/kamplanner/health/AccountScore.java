package com.kamplanner.health;

import java.util.List;

/** One key account's computed health: its score (null when nothing counts) and its components, as stored. */
public record AccountScore(long accountId, Integer score, List<ComponentValue> components) {
}
