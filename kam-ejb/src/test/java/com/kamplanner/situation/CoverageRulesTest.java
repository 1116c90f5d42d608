package com.kamplanner.situation;

import static com.kamplanner.situation.CoverageGapKind.NO_RELATIONSHIP;
import static com.kamplanner.situation.CoverageGapKind.SINGLE_OWNER;
import static com.kamplanner.situation.CoverageGapKind.STALE;
import static com.kamplanner.situation.CoverageGapKind.WEAK_ONLY;
import static com.kamplanner.situation.RelationshipStrength.ACQUAINTED;
import static com.kamplanner.situation.RelationshipStrength.NONE;
import static com.kamplanner.situation.RelationshipStrength.REGULAR;
import static com.kamplanner.situation.RelationshipStrength.TRUSTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kamplanner.situation.CoverageRules.Contact;
import com.kamplanner.situation.CoverageRules.Tie;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final LocalDate RECENT = TODAY.minusDays(10);
    private static final Contact DECIDER = new Contact(1, DecisionRole.DECISION_MAKER, 5);
    private static final Contact INFLUENTIAL_USER = new Contact(2, DecisionRole.USER, 7);
    private static final Contact MINOR_USER = new Contact(3, DecisionRole.USER, 6);

    private static List<CoverageGap> gaps(List<Contact> contacts, Tie... ties) {
        return CoverageRules.gaps(contacts, List.of(ties), TODAY, 90);
    }

    @Test
    void aDecisionMakerNobodyKnowsHasNoRelationship() {
        assertEquals(List.of(new CoverageGap(1, NO_RELATIONSHIP)), gaps(List.of(DECIDER)));
    }

    @Test
    void aRelationshipOfStrengthNoneDoesNotCount() {
        assertEquals(List.of(new CoverageGap(2, NO_RELATIONSHIP)),
                gaps(List.of(INFLUENTIAL_USER), new Tie(2, 10, NONE, RECENT)));
    }

    @Test
    void aHighInfluenceContactKnownOnlyAsAcquaintancesIsWeakOnly() {
        assertEquals(List.of(new CoverageGap(2, WEAK_ONLY)), gaps(List.of(INFLUENTIAL_USER),
                new Tie(2, 10, ACQUAINTED, RECENT), new Tie(2, 11, ACQUAINTED, RECENT)));
    }

    @Test
    void aDecisionMakerKnownWellByOnePersonHasASingleOwner() {
        assertEquals(List.of(new CoverageGap(1, SINGLE_OWNER)), gaps(List.of(DECIDER),
                new Tie(1, 10, TRUSTED, RECENT), new Tie(1, 11, ACQUAINTED, RECENT)));
    }

    @Test
    void aSecondStrongRelationshipClosesTheGap() {
        assertEquals(List.of(), gaps(List.of(DECIDER), new Tie(1, 10, TRUSTED, RECENT),
                new Tie(1, 11, REGULAR, RECENT)));
    }

    @Test
    void contactsOfLowInfluenceNeedNoRelationship() {
        assertEquals(List.of(), gaps(List.of(MINOR_USER)));
        assertEquals(List.of(), gaps(List.of(MINOR_USER), new Tie(3, 10, ACQUAINTED, RECENT)));
    }

    @Test
    void aKnownContactNotMetWithinTheFreshnessSettingIsStale() {
        Tie old = new Tie(3, 10, REGULAR, TODAY.minusDays(91));
        Tie never = new Tie(3, 11, ACQUAINTED, null);
        assertEquals(List.of(new CoverageGap(3, STALE)), gaps(List.of(MINOR_USER), old, never));
        assertEquals(List.of(), gaps(List.of(MINOR_USER), old, new Tie(3, 11, ACQUAINTED, TODAY.minusDays(90))),
                "one relationship met on the cut-off day keeps the contact fresh");
    }

    @Test
    void aDecisionMakerCanBothHaveASingleOwnerAndBeStale() {
        assertEquals(List.of(new CoverageGap(1, SINGLE_OWNER), new CoverageGap(1, STALE)),
                gaps(List.of(DECIDER), new Tie(1, 10, TRUSTED, TODAY.minusYears(1))));
    }

    @Test
    void gapsFollowTheOrderOfTheContacts() {
        assertEquals(List.of(new CoverageGap(2, NO_RELATIONSHIP), new CoverageGap(1, NO_RELATIONSHIP)),
                gaps(List.of(INFLUENTIAL_USER, MINOR_USER, DECIDER)));
    }
}
