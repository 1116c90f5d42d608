package com.kamplanner.selection;

import java.util.Optional;

/**
 * Where an account sits in the selection matrix today, for the features that follow from it (a key account's
 * default segment). Implemented by the scoring feature; empty for an account without complete scores.
 */
public interface QuadrantLookup {

    Optional<Quadrant> quadrantOf(long accountId);
}
