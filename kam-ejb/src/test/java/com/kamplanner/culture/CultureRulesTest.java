package com.kamplanner.culture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.RelationshipStage;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.strategy.Contingency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Who publishes and reads the programme's messages and recognitions, what a message needs, what an achievement is. */
class CultureRulesTest {

    @Test
    void onlyExecutivesAndTheKaDirectorPublish() {
        assertTrue(CultureRules.mayPublish(EnumSet.of(Role.EXECUTIVE)));
        assertTrue(CultureRules.mayPublish(EnumSet.of(Role.KA_DIRECTOR)));
        for (Role role : EnumSet.of(Role.KAM, Role.TEAM_MEMBER, Role.HR, Role.ADMIN)) {
            assertFalse(CultureRules.mayPublish(EnumSet.of(role)), role.name());
        }
    }

    @Test
    void programmeMembersReadButNeitherHrNorTheAdministratorNorAnExternalPartner() {
        for (Role role : EnumSet.of(Role.EXECUTIVE, Role.KA_DIRECTOR, Role.KAM, Role.TEAM_MEMBER)) {
            assertTrue(CultureRules.mayRead(EnumSet.of(role), false), role.name());
        }
        assertFalse(CultureRules.mayRead(EnumSet.of(Role.HR), false));
        assertFalse(CultureRules.mayRead(EnumSet.of(Role.ADMIN), false));
        assertFalse(CultureRules.mayRead(EnumSet.of(Role.TEAM_MEMBER), true), "a partner from outside");
    }

    @Test
    void aMessageIsWrittenInOneLanguageOrBothWithinItsLengthAndToAnAudience() {
        MessageDraft kept = CultureRules.checkMessage(new MessageDraft(Audience.KAMS, Quadrant.STAR, "  Well done ",
                "  "));
        assertEquals(new MessageDraft(Audience.KAMS, null, "Well done", null), kept,
                "stripped, blank as absent, no segment unless to a segment");
        assertEquals(CultureRules.MESSAGE_REQUIRED, refused(new MessageDraft(Audience.EVERYONE, null, " ", null)));
        assertEquals(CultureRules.AUDIENCE_REQUIRED, refused(new MessageDraft(null, null, "Hello", null)));
        assertEquals(CultureRules.SEGMENT_REQUIRED, refused(new MessageDraft(Audience.SEGMENT, null, "Hi", null)));
        String longest = "x".repeat(CultureRules.MESSAGE_MAX);
        assertEquals(longest, CultureRules.checkMessage(new MessageDraft(Audience.EVERYONE, null, null, longest))
                .textFr());
        assertEquals(CultureRules.MESSAGE_SIZE, refused(new MessageDraft(Audience.EVERYONE, null, "ok", longest + "x")));
    }

    @Test
    void aCitationIsOptionalAndShort() {
        assertNull(CultureRules.checkCitation("  "));
        assertEquals("Bravo", CultureRules.checkCitation(" Bravo "));
        assertEquals(CultureRules.CITATION_SIZE, assertThrows(BusinessRuleException.class,
                () -> CultureRules.checkCitation("x".repeat(CultureRules.CITATION_MAX + 1))).messageKey());
    }

    @Test
    void theReaderGetsTheirLanguageWhenWrittenElseTheOther() {
        assertEquals("Bravo", CultureRules.text("Well done", "Bravo", Locale.FRENCH));
        assertEquals("Well done", CultureRules.text("Well done", "Bravo", Locale.ENGLISH));
        assertEquals("Well done", CultureRules.text("Well done", null, Locale.FRENCH));
        assertEquals("Bravo", CultureRules.text(null, "Bravo", Locale.GERMAN));
    }

    @Test
    void aMessageReachesItsAudienceAndTheProgrammeLeadsReadThemAll() {
        Set<Quadrant> onStrategic = EnumSet.of(Quadrant.STRATEGIC);
        assertTrue(CultureRules.addressedTo(Audience.EVERYONE, null, EnumSet.of(Role.TEAM_MEMBER), Set.of()));
        assertTrue(CultureRules.addressedTo(Audience.KAMS, null, EnumSet.of(Role.KAM), Set.of()));
        assertFalse(CultureRules.addressedTo(Audience.KAMS, null, EnumSet.of(Role.TEAM_MEMBER), onStrategic));
        assertTrue(CultureRules.addressedTo(Audience.SEGMENT, Quadrant.STRATEGIC, EnumSet.of(Role.TEAM_MEMBER),
                onStrategic));
        assertFalse(CultureRules.addressedTo(Audience.SEGMENT, Quadrant.STAR, EnumSet.of(Role.KAM), onStrategic));
        assertTrue(CultureRules.addressedTo(Audience.SEGMENT, Quadrant.STAR, EnumSet.of(Role.EXECUTIVE), Set.of()));
    }

    @Test
    void anObjectiveIsReachedWhenItsActualMeetsTheTargetInTheTargetsDirection() {
        Map<LocalDate, BigDecimal> rising = new TreeMap<>(Map.of(LocalDate.of(2026, 3, 31), new BigDecimal("30"),
                LocalDate.of(2026, 6, 30), new BigDecimal("41")));
        assertEquals(LocalDate.of(2026, 6, 30), CultureRules.reachedOn(new BigDecimal("20"), new BigDecimal("40"),
                rising));
        assertNull(CultureRules.reachedOn(new BigDecimal("20"), new BigDecimal("45"), rising));
        assertEquals(LocalDate.of(2026, 3, 31), CultureRules.reachedOn(new BigDecimal("50"), new BigDecimal("35"),
                rising), "a target below the baseline is reached going down");
    }

    @Test
    void aPlanIsApprovedOnTimeByTheReviewDateItsCadenceGave() {
        LocalDate created = LocalDate.of(2026, 1, 10);
        assertTrue(CultureRules.approvedOnTime(LocalDate.of(2026, 4, 10), null, created, 3));
        assertFalse(CultureRules.approvedOnTime(LocalDate.of(2026, 4, 11), null, created, 3));
        assertTrue(CultureRules.approvedOnTime(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 6, 1), created, 3),
                "after the previous approval");
        assertFalse(CultureRules.approvedOnTime(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 6, 1), created, 3));
    }

    @Test
    void aStageMovesUpOnlyAlongTheDevelopmentPath() {
        assertTrue(CultureRules.movedUp(RelationshipStage.BASIC, RelationshipStage.COOPERATIVE));
        assertFalse(CultureRules.movedUp(RelationshipStage.COOPERATIVE, RelationshipStage.BASIC));
        assertFalse(CultureRules.movedUp(RelationshipStage.BASIC, RelationshipStage.BASIC));
        assertFalse(CultureRules.movedUp(null, RelationshipStage.BASIC));
    }

    @Test
    void aContingencyIsHandledWhenItFiredAndTheKamAcknowledgedItSince() {
        Instant fired = Instant.parse("2026-10-01T06:00:00Z");
        Instant seen = Instant.parse("2026-10-02T09:00:00Z");
        assertTrue(CultureRules.handled(Contingency.State.ACKNOWLEDGED, fired, seen));
        assertTrue(CultureRules.handled(Contingency.State.ACKNOWLEDGED, fired, fired), "seen at once");
        assertFalse(CultureRules.handled(Contingency.State.FIRED, fired, null), "fired, not yet seen");
        assertFalse(CultureRules.handled(Contingency.State.ARMED, null, null), "re-armed: the firing is forgotten");
        assertFalse(CultureRules.handled(Contingency.State.ACKNOWLEDGED, null, seen), "never fired");
        assertFalse(CultureRules.handled(Contingency.State.ACKNOWLEDGED, seen, fired), "seen before it fired");
    }

    private static String refused(MessageDraft draft) {
        return assertThrows(BusinessRuleException.class, () -> CultureRules.checkMessage(draft)).messageKey();
    }
}
