package com.kamplanner.situation;

/** A contact's attitude to us, the supplier. */
public enum Attitude {
    SUPPORTER,
    NEUTRAL,
    OPPONENT
}
