package com.kamplanner.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationRulesTest {

    private static final long EMMA_KAM = 1;
    private static final long TOM_TEAM = 2;
    private static final long PIA_PARTNER = 3;
    private static final long DAVID_DIRECTOR = 4;
    private static final long NINA_DIRECTOR = 5;

    private static Concerned everyone(Long actor) {
        return Concerned.by(actor).with(Party.KAM, EMMA_KAM).with(Party.TEAM, List.of(TOM_TEAM, PIA_PARTNER))
                .with(Party.OWNER, TOM_TEAM).with(Party.PERSON, PIA_PARTNER)
                .with(Party.DIRECTORS, List.of(DAVID_DIRECTOR, NINA_DIRECTOR));
    }

    @Test
    void aSubmittedPlanGoesToEveryKaDirectorAndToNoOneElse() {
        assertEquals(Set.of(DAVID_DIRECTOR, NINA_DIRECTOR),
                NotificationRules.recipients(NotificationKind.PLAN_SUBMITTED, everyone(EMMA_KAM)));
    }

    @Test
    void aReturnedOrApprovedPlanGoesToTheKamAndTheWholeTeamNotToTheDirectorWhoReviewedIt() {
        for (NotificationKind kind : List.of(NotificationKind.PLAN_RETURNED, NotificationKind.PLAN_APPROVED)) {
            assertEquals(List.of(EMMA_KAM, TOM_TEAM, PIA_PARTNER),
                    List.copyOf(NotificationRules.recipients(kind, everyone(DAVID_DIRECTOR))), kind.name());
        }
    }

    @Test
    void anActionPlanAssignedCommentedOrLateGoesToItsOwnerAndTheKam() {
        assertEquals(Set.of(TOM_TEAM), NotificationRules.recipients(NotificationKind.ACTION_PLAN_ASSIGNED,
                everyone(EMMA_KAM)), "the KAM who assigns it is not told of her own act");
        assertEquals(Set.of(EMMA_KAM), NotificationRules.recipients(NotificationKind.ACTION_PLAN_COMMENTED,
                everyone(TOM_TEAM)), "the owner who comments is not told; the KAM is");
        assertEquals(Set.of(TOM_TEAM, EMMA_KAM), NotificationRules.recipients(NotificationKind.ACTION_PLAN_LATE,
                everyone(null)), "the nightly sweep has no actor");
    }

    @Test
    void aKamWhoOwnsTheActionPlanIsToldOnce() {
        Concerned concerned = Concerned.by(null).with(Party.KAM, EMMA_KAM).with(Party.OWNER, EMMA_KAM);
        assertEquals(List.of(EMMA_KAM), List.copyOf(NotificationRules.recipients(NotificationKind.ACTION_PLAN_LATE,
                concerned)));
    }

    @Test
    void aGrantedSectionGoesToTheMemberOnly() {
        assertEquals(Set.of(PIA_PARTNER), NotificationRules.recipients(NotificationKind.SECTION_GRANTED,
                everyone(EMMA_KAM)));
    }

    @Test
    void aCampaignOpenedOrAnAssessmentValidatedGoesToTheKamAssessedOnly() {
        Concerned concerned = Concerned.by(DAVID_DIRECTOR).with(Party.PERSON, EMMA_KAM);
        for (NotificationKind kind : List.of(NotificationKind.CAMPAIGN_OPENED, NotificationKind.ASSESSMENT_VALIDATED)) {
            assertEquals(Set.of(EMMA_KAM), NotificationRules.recipients(kind, concerned), kind.name());
        }
    }

    @Test
    void anOverdueReviewGoesToTheKamAndTheKaDirectors() {
        assertEquals(Set.of(EMMA_KAM, DAVID_DIRECTOR, NINA_DIRECTOR),
                NotificationRules.recipients(NotificationKind.PLAN_REVIEW_OVERDUE, everyone(null)));
    }

    @Test
    void aConflictAboutAnAccountGoesToItsKamAndOneNamingFunctionsToTheOtherKaDirectors() {
        Occasion onAccount = new Occasion(NotificationKind.CONFLICT_RECORDED, 12L, null, List.of("Capacity", "Acme"),
                "accounts/account.xhtml?id=12", "conflict:1:account:12");
        assertEquals(Set.of(EMMA_KAM), NotificationRules.recipients(onAccount, everyone(DAVID_DIRECTOR)),
                "the KAM of the account, not its team nor the Directors");
        Occasion onFunctions = new Occasion(NotificationKind.CONFLICT_RECORDED, null, null,
                List.of("Capacity", "Production vs Sales"), "programme/conflicts.xhtml", "conflict:1:functions");
        assertEquals(Set.of(NINA_DIRECTOR), NotificationRules.recipients(onFunctions, everyone(DAVID_DIRECTOR)),
                "the other KA Directors, not the one who recorded it, nor any KAM");
        assertEquals(EnumSet.of(Party.KAM, Party.DIRECTORS), NotificationRules.parties(NotificationKind.CONFLICT_RECORDED),
                "the kind may go to both");
    }

    @Test
    void everyOtherKindGoesToItsPartiesWhateverTheOccasionIsAbout() {
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind != NotificationKind.CONFLICT_RECORDED) {
                for (Long account : java.util.Arrays.asList(12L, null)) {
                    Occasion occasion = new Occasion(kind, account, null, List.of("a"), "index.xhtml", null);
                    assertEquals(NotificationRules.parties(kind), NotificationRules.parties(occasion), kind.name());
                    assertEquals(NotificationRules.recipients(kind, everyone(null)),
                            NotificationRules.recipients(occasion, everyone(null)), kind.name());
                }
            }
        }
    }

    @Test
    void noOneMissingFromTheOccasionIsNotified() {
        assertTrue(NotificationRules.recipients(NotificationKind.ACTION_PLAN_ASSIGNED,
                Concerned.by(EMMA_KAM).with(Party.OWNER, (Long) null)).isEmpty(), "an action plan without an owner");
        assertTrue(NotificationRules.recipients(NotificationKind.PLAN_RETURNED, Concerned.by(DAVID_DIRECTOR))
                .isEmpty(), "an account without KAM or team");
    }

    @Test
    void everyKindGoesToSomeone() {
        for (NotificationKind kind : NotificationKind.values()) {
            assertFalse(NotificationRules.parties(kind).isEmpty(), kind.name());
        }
    }

    @Test
    void titlesReadInTheRecipientsLanguageWithTheirArguments() {
        Object[] args = {"Acme", "2", "Add the customer's own words."};
        assertEquals("Acme: plan version 2 returned by the KA Director: “Add the customer's own words.”",
                NotificationTitles.title(NotificationKind.PLAN_RETURNED, args, Locale.ENGLISH));
        assertEquals("Acme : version 2 du plan renvoyée par le Directeur Comptes Clés : « Add the customer's own words. »",
                NotificationTitles.title(NotificationKind.PLAN_RETURNED, args, Locale.CANADA_FRENCH));
        assertEquals("Lucas vous a confié le plan d’action « Visits » (Acme)", NotificationTitles.title(
                NotificationKind.ACTION_PLAN_ASSIGNED, new Object[] {"Visits", "Acme", "Lucas"}, Locale.FRENCH));
        assertEquals("Acme : vous pouvez désormais rédiger la section « Le client » de la Base de Données Compte Clé",
                NotificationTitles.title(NotificationKind.SECTION_GRANTED,
                        new Object[] {"Acme", "The customer", "Le client"}, Locale.FRENCH));
        assertEquals("A conflict names Acme: “Delivery slots”", NotificationTitles.title(
                NotificationKind.CONFLICT_RECORDED, new Object[] {"Delivery slots", "Acme"}, Locale.ENGLISH));
        assertEquals("Un conflit concerne Production vs Sales : « Créneaux de livraison »", NotificationTitles.title(
                NotificationKind.CONFLICT_RECORDED, new Object[] {"Créneaux de livraison", "Production vs Sales"},
                Locale.FRENCH));
        for (NotificationKind kind : NotificationKind.values()) {
            for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                assertFalse(NotificationTitles.title(kind, new Object[] {"a", "b", "c", "d"}, language)
                        .startsWith("???"), kind + " in " + language);
            }
        }
    }

    @Test
    void longArgumentsAreCutAndReadBackInOrder() {
        String comment = "x".repeat(1000);
        List<String> read = Notification.read(Notification.write(List.of("Acme", "2", comment, "«quoted» \"text\"\u001F", "")));
        assertEquals("Acme", read.get(0));
        assertEquals(Notification.MAX_ARGUMENT, read.get(2).length());
        assertTrue(read.get(2).endsWith("…"));
        assertEquals("«quoted» \"text\"", read.get(3), "the separator never comes from the text");
        assertEquals("", read.get(4), "an empty last argument stays");
        assertEquals(5, read.size());
    }
}
