package com.kamplanner.mail;

import static com.kamplanner.notification.NotificationKind.ACTION_PLAN_COMMENTED;
import static com.kamplanner.notification.NotificationKind.ACTION_PLAN_LATE;
import static com.kamplanner.notification.NotificationKind.PLAN_APPROVED;
import static com.kamplanner.notification.NotificationKind.PLAN_RETURNED;
import static com.kamplanner.notification.NotificationKind.PLAN_SUBMITTED;
import static com.kamplanner.notification.NotificationKind.SPONSOR_MEETING_OVERDUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.mail.PreferenceRules.Fate;
import com.kamplanner.notification.NotificationKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreferenceRulesTest {

    /** A Friday morning. */
    private static final ZonedDateTime FRIDAY = ZonedDateTime.of(2026, 12, 4, 7, 0, 0, 0, ZoneId.of("Europe/Paris"));

    @Test
    void reviewEventsAreMailedAtOnceAndTheRestDailyByDefault() {
        assertEquals(Delivery.IMMEDIATE, PreferenceRules.delivery(PLAN_SUBMITTED, Map.of()));
        assertEquals(Delivery.IMMEDIATE, PreferenceRules.delivery(PLAN_RETURNED, Map.of()));
        assertEquals(Delivery.IMMEDIATE, PreferenceRules.delivery(PLAN_APPROVED, Map.of()));
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind != PLAN_SUBMITTED && kind != PLAN_RETURNED && kind != PLAN_APPROVED) {
                assertEquals(Delivery.DAILY, PreferenceRules.delivery(kind, Map.of()), kind.name());
            }
        }
    }

    @Test
    void aPersonsChoiceWinsOverTheDefault() {
        Map<NotificationKind, Delivery> chosen = Map.of(PLAN_RETURNED, Delivery.NONE, ACTION_PLAN_LATE,
                Delivery.WEEKLY, ACTION_PLAN_COMMENTED, Delivery.IMMEDIATE);
        assertEquals(Delivery.NONE, PreferenceRules.delivery(PLAN_RETURNED, chosen));
        assertEquals(Delivery.WEEKLY, PreferenceRules.delivery(ACTION_PLAN_LATE, chosen));
        assertEquals(Delivery.IMMEDIATE, PreferenceRules.delivery(ACTION_PLAN_COMMENTED, chosen));
        assertEquals(Delivery.IMMEDIATE, PreferenceRules.delivery(PLAN_APPROVED, chosen), "unchosen: the default");
    }

    @Test
    void onlyChoicesThatDifferFromTheDefaultsAreStored() {
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            chosen.put(kind, PreferenceRules.byDefault(kind));
        }
        assertTrue(PreferenceRules.overrides(chosen).isEmpty(), "all defaults: nothing to store");
        chosen.put(PLAN_SUBMITTED, Delivery.DAILY);
        chosen.put(SPONSOR_MEETING_OVERDUE, Delivery.NONE);
        assertEquals(Map.of(PLAN_SUBMITTED, Delivery.DAILY, SPONSOR_MEETING_OVERDUE, Delivery.NONE),
                PreferenceRules.overrides(chosen));
    }

    @Test
    void theChoicesAsAWholeFillInTheDefaults() {
        MailChoices choices = new MailChoices(Map.of(ACTION_PLAN_LATE, Delivery.WEEKLY), DayOfWeek.FRIDAY, 3);
        assertEquals(NotificationKind.values().length, choices.deliveries().size());
        assertEquals(Delivery.WEEKLY, choices.delivery(ACTION_PLAN_LATE));
        assertEquals(Delivery.IMMEDIATE, choices.delivery(PLAN_RETURNED));
        assertEquals(DayOfWeek.MONDAY, MailChoices.defaults().weeklyDay());
    }

    @Test
    void theWeeklyDigestIsDueOnThePersonsDay() {
        assertTrue(PreferenceRules.weeklyDue(FRIDAY, DayOfWeek.FRIDAY, null));
        assertFalse(PreferenceRules.weeklyDue(FRIDAY, DayOfWeek.MONDAY, FRIDAY.toInstant().minus(Duration.ofDays(4))));
    }

    @Test
    void aWeeklyNotificationNeverWaitsMoreThanAWeekWhenItsDayWasMissed() {
        Instant aWeekAgo = FRIDAY.toInstant().minus(Duration.ofDays(7));
        assertTrue(PreferenceRules.weeklyDue(FRIDAY, DayOfWeek.THURSDAY, aWeekAgo));
        assertFalse(PreferenceRules.weeklyDue(FRIDAY, DayOfWeek.THURSDAY, aWeekAgo.plusSeconds(60)));
    }

    @Test
    void aDigestTakesDailyOnesDropsUnwantedOnesAndKeepsWeeklyOnesForTheirDay() {
        assertEquals(Fate.DIGEST, PreferenceRules.fate(Delivery.DAILY, false));
        assertEquals(Fate.DROP, PreferenceRules.fate(Delivery.NONE, true));
        assertEquals(Fate.WAIT, PreferenceRules.fate(Delivery.WEEKLY, false));
        assertEquals(Fate.DIGEST, PreferenceRules.fate(Delivery.WEEKLY, true));
        assertEquals(Fate.DIGEST, PreferenceRules.fate(Delivery.IMMEDIATE, false),
                "pending although immediate: the person chose it after it was made, and still wants it mailed");
    }
}
