package com.kamplanner.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryRulesTest {

    private static final Instant WRITTEN = Instant.parse("2026-12-04T08:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void theWaitDoublesFromOneMinuteAfterEachFailure() {
        assertEquals(Duration.ofMinutes(1), DeliveryRules.waitAfter(1));
        assertEquals(Duration.ofMinutes(2), DeliveryRules.waitAfter(2));
        assertEquals(Duration.ofMinutes(4), DeliveryRules.waitAfter(3));
        assertEquals(Duration.ofMinutes(32), DeliveryRules.waitAfter(6));
    }

    @Test
    void theWaitNeverExceedsAnHourHoweverManyFailures() {
        assertEquals(Duration.ofHours(1), DeliveryRules.waitAfter(7));
        assertEquals(Duration.ofHours(1), DeliveryRules.waitAfter(500));
    }

    @Test
    void aFailureBeforeTheGiveUpTimeIsTriedAgainAfterTheWait() {
        Instant failedAt = WRITTEN.plus(Duration.ofMinutes(3));
        assertEquals(Optional.of(failedAt.plus(Duration.ofMinutes(4))),
                DeliveryRules.nextAttempt(WRITTEN, 3, failedAt, DAY));
    }

    @Test
    void theLastAttemptIsMadeAtTheGiveUpTimeNotPastIt() {
        Instant failedAt = WRITTEN.plus(DAY).minus(Duration.ofMinutes(10));
        assertEquals(Optional.of(WRITTEN.plus(DAY)), DeliveryRules.nextAttempt(WRITTEN, 30, failedAt, DAY));
    }

    @Test
    void aFailureAtOrAfterTheGiveUpTimeIsFinal() {
        assertTrue(DeliveryRules.nextAttempt(WRITTEN, 30, WRITTEN.plus(DAY), DAY).isEmpty());
        assertTrue(DeliveryRules.nextAttempt(WRITTEN, 1, WRITTEN.plus(Duration.ofDays(2)), DAY).isEmpty());
    }

    @Test
    void theGiveUpDelayIsADayUnlessTheSettingSaysOtherwise() {
        assertEquals(DAY, DeliveryRules.giveUpAfter(Optional.empty()));
        assertEquals(Duration.ofHours(6), DeliveryRules.giveUpAfter(Optional.of("PT6H")));
        assertThrows(IllegalArgumentException.class, () -> DeliveryRules.giveUpAfter(Optional.of("a day")));
        assertThrows(IllegalArgumentException.class, () -> DeliveryRules.giveUpAfter(Optional.of("PT0S")));
    }

    @Test
    void theRecordedErrorNamesEachCauseAndStaysWithinTheColumn() {
        IOException refused = new IOException("Couldn't connect to host, port: 127.0.0.1, 2525",
                new ConnectException("Connection refused"));
        assertEquals("IOException: Couldn't connect to host, port: 127.0.0.1, 2525 <- ConnectException: "
                + "Connection refused", DeliveryRules.describe(refused));
        String longest = DeliveryRules.describe(new IllegalStateException("x".repeat(5000)));
        assertEquals(DeliveryRules.ERROR_LENGTH, longest.length());
    }

    @Test
    void aRelativeLinkIsResolvedAgainstThePublicAddress() {
        assertEquals("https://kam.example.com/plan/view.xhtml?id=4",
                MailComposer.absolute("/plan/view.xhtml?id=4", Optional.of("https://kam.example.com")));
        assertEquals("https://kam.example.com/kam/plan/view.xhtml?id=4",
                MailComposer.absolute("plan/view.xhtml?id=4", Optional.of("https://kam.example.com/kam/")));
        assertEquals("https://other.example.com/x",
                MailComposer.absolute("https://other.example.com/x", Optional.of("https://kam.example.com")));
        assertEquals(null, MailComposer.absolute(" ", Optional.empty()));
    }
}
