package com.kamplanner.web.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.work.WorkItem;
import com.kamplanner.work.WorkKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkTitlesTest {

    @Test
    void aCongruenceCountNamesItsRuleInTheReadersLanguage() {
        java.time.Instant counted = java.time.Instant.parse("2026-12-05T10:15:00Z");
        WorkItem item = new WorkItem(WorkKind.CONGRUENCE_LINES, null, List.of(3L, counted), null, null,
                "programme/congruence.xhtml?rule=ACCOUNT_WITHOUT_KAM", null, "ACCOUNT_WITHOUT_KAM");
        assertEquals("Congruence: 3 key accounts without a KAM (counted "
                + com.kamplanner.platform.Formats.of(Locale.ENGLISH).dateTime(counted) + ")",
                WorkTitles.title(item, Locale.ENGLISH));
        assertEquals("Congruence : 3 comptes clés sans RCC (décompte du "
                + com.kamplanner.platform.Formats.of(Locale.FRENCH).dateTime(counted) + ")",
                WorkTitles.title(item, Locale.FRENCH));
        assertTrue(WorkTitles.title(item, Locale.FRENCH).contains(" déc. 2026, "), "a French date, not ISO");
        WorkItem one = new WorkItem(WorkKind.CONGRUENCE_LINES, null, List.of(1L, counted), null, null, "", null,
                "PLAN_STALE");
        assertTrue(WorkTitles.title(one, Locale.ENGLISH).startsWith(
                "Congruence: 1 plan past their segment’s review cadence (counted 5 Dec 2026, "));
    }

    @Test
    void revenueAgainstTargetReadsAsMoneyInBothLanguages() {
        WorkItem item = new WorkItem(WorkKind.REVENUE_AGAINST_TARGET, null, List.of(new BigDecimal("1250000"),
                new BigDecimal("2000000"), 63), null, null, "executive/portfolio.xhtml", null);
        assertEquals("Key accounts’ revenue: €1,250,000 of a €2,000,000 target (63%)",
                WorkTitles.title(item, Locale.ENGLISH));
        assertEquals("Chiffre d’affaires des comptes clés : 1\u202f250\u202f000 € pour un objectif de 2\u202f000\u202f000 € "
                + "(63 %)", WorkTitles.title(item, Locale.FRENCH));
    }

    @Test
    void aSponsorMeetingSaysTheCadence() {
        WorkItem item = new WorkItem(WorkKind.SPONSOR_MEETING_DUE, 1L, List.of("Airbus Helicopters", 3), null, null,
                "accounts/sponsorships.xhtml", null);
        assertEquals("Airbus Helicopters: sponsor meeting with the customer due (every 3 months)",
                WorkTitles.title(item, Locale.ENGLISH));
        assertEquals("Airbus Helicopters : rencontre du parrain avec le client à prévoir (tous les 3 mois)",
                WorkTitles.title(item, Locale.FRENCH));
    }
}
