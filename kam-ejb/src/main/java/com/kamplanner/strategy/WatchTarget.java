package com.kamplanner.strategy;

import java.io.Serializable;

/**
 * Something of the account a condition may watch, as the contingency editor offers it: its key (the id of an
 * objective, contact or action plan; a competitor's name) and its label.
 */
public record WatchTarget(String key, String label) implements Serializable {
}
