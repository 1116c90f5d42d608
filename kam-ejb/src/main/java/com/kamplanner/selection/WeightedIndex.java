package com.kamplanner.selection;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The index of one group on the 0..10 scale: the sum of weight × level over the group's criteria, divided by
 * 100. Missing stays missing: while any criterion of the group is unscored the index is {@code null}, never a
 * partial sum or 0. The database computes the same thing in bulk ({@link IndexStatements}); this is the rule in
 * plain Java, for the score page's preview and the unit tests.
 */
public final class WeightedIndex {

    /** A criterion's weight and the account's level on it; level null when unscored. */
    public record Term(int weight, Integer level) {
    }

    private WeightedIndex() {
    }

    public static BigDecimal of(Collection<Term> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        long sum = 0;
        for (Term term : terms) {
            if (term.level() == null) {
                return null;
            }
            if (term.level() < 1 || term.level() > Criterion.LEVELS) {
                throw new IllegalArgumentException("level out of 1..10: " + term.level());
            }
            sum += (long) term.weight() * term.level();
        }
        return BigDecimal.valueOf(sum, 2);
    }
}
