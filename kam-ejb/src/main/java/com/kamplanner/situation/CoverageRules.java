package com.kamplanner.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The coverage gaps of a stakeholder map, without a server. The contacts that matter are the decision makers and
 * those of influence {@link StakeholderFlags#INFLUENTIAL} or more: with nobody of ours knowing them (a relationship
 * of strength NONE does not count), {@link CoverageGapKind#NO_RELATIONSHIP}; known only as acquaintances,
 * {@link CoverageGapKind#WEAK_ONLY}; known well (regular or trusted) by one person only,
 * {@link CoverageGapKind#SINGLE_OWNER}. Any contact we do know is {@link CoverageGapKind#STALE} when none of their
 * relationships met them within the stakeholder-freshness setting (a relationship without a last contact counts as
 * never met).
 */
public final class CoverageRules {

    /** A stakeholder as the rules see it. */
    public record Contact(long id, DecisionRole role, int influence) {
    }

    /** A relationship as the rules see it. */
    public record Tie(long stakeholderId, long userId, RelationshipStrength strength, LocalDate lastContact) {
    }

    private CoverageRules() {
    }

    /** Whether the coverage of a contact matters: a decision maker, or a stakeholder of high influence. */
    public static boolean matters(DecisionRole role, int influence) {
        return role == DecisionRole.DECISION_MAKER || influence >= StakeholderFlags.INFLUENTIAL;
    }

    /** The gaps, in the order of {@code contacts}, at most one of each kind per contact. */
    public static List<CoverageGap> gaps(List<Contact> contacts, List<Tie> ties, LocalDate today,
                                         int freshnessDays) {
        Map<Long, List<Tie>> known = ties.stream().filter(t -> t.strength() != RelationshipStrength.NONE)
                .collect(Collectors.groupingBy(Tie::stakeholderId));
        LocalDate cutOff = today.minusDays(freshnessDays);
        List<CoverageGap> gaps = new ArrayList<>();
        for (Contact contact : contacts) {
            List<Tie> mine = known.getOrDefault(contact.id(), List.of());
            if (matters(contact.role(), contact.influence())) {
                long strong = mine.stream().filter(t -> t.strength().isStrong()).map(Tie::userId).distinct().count();
                if (mine.isEmpty()) {
                    gaps.add(new CoverageGap(contact.id(), CoverageGapKind.NO_RELATIONSHIP));
                } else if (strong == 0) {
                    gaps.add(new CoverageGap(contact.id(), CoverageGapKind.WEAK_ONLY));
                } else if (strong == 1) {
                    gaps.add(new CoverageGap(contact.id(), CoverageGapKind.SINGLE_OWNER));
                }
            }
            if (!mine.isEmpty() && mine.stream().noneMatch(t -> t.lastContact() != null
                    && !t.lastContact().isBefore(cutOff))) {
                gaps.add(new CoverageGap(contact.id(), CoverageGapKind.STALE));
            }
        }
        return gaps;
    }
}
