package com.kamplanner.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** With e-mail off nothing is written (the in-container tests run with it on); the two languages a mail speaks. */
class MailOutboxTest {

    @Test
    void withEmailOffTheOutboxWritesNothingAndNeedsNoDatabase() {
        MailOutbox outbox = new MailOutbox();
        outbox.mailSession = new MailSession() {
            @Override
            public boolean isConfigured() {
                return false;
            }
        };
        assertTrue(outbox.enqueue("emma@example.test", Locale.FRENCH, "Plan renvoyé", "Texte", "<p>Texte</p>",
                "/plan/plan.xhtml?id=1").isEmpty());
    }

    @Test
    void aMailIsInFrenchForAnyFrenchLocaleAndInEnglishOtherwise() {
        assertEquals("fr", MailOutbox.languageCode(Locale.CANADA_FRENCH));
        assertEquals("fr", MailOutbox.languageCode(Locale.FRENCH));
        assertEquals("en", MailOutbox.languageCode(Locale.GERMAN));
        assertEquals("en", MailOutbox.languageCode(null));
    }
}
