package com.kamplanner.competency;

import com.kamplanner.selection.Quadrant;
import java.io.Serializable;
import java.util.List;

/**
 * How well a KAM's validated levels match the target profile of an account's segment: the competencies that
 * fall short. Advice for the KA Director when assigning; it never blocks the assignment.
 */
public class AccountFit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String kamName;
    private final Quadrant segment;
    private final boolean assessed;
    private final List<Gap> shortfalls;

    public AccountFit(String kamName, Quadrant segment, boolean assessed, List<Gap> shortfalls) {
        this.kamName = kamName;
        this.segment = segment;
        this.assessed = assessed;
        this.shortfalls = List.copyOf(shortfalls);
    }

    /** The fit of levels against a segment's target (already combined with the role's target). */
    public static AccountFit of(String kamName, Quadrant segment, java.util.Map<String, Integer> levels,
                                java.util.Map<String, Integer> target) {
        return new AccountFit(kamName, segment, !levels.isEmpty(), GapAnalysis.gaps(levels, target));
    }

    public String getKamName() {
        return kamName;
    }

    public Quadrant getSegment() {
        return segment;
    }

    /** False when the KAM has no validated assessment yet: the shortfalls are then the whole target. */
    public boolean isAssessed() {
        return assessed;
    }

    public List<Gap> getShortfalls() {
        return shortfalls;
    }

    public boolean isFits() {
        return shortfalls.isEmpty();
    }
}
