package com.kamplanner.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LoginMechanismTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBasicHeaderGivesTheUserAndThePassword() {
        UsernamePasswordCredential credential = LoginMechanism.basicCredential(basic("Emma.Kam:pa:ss wörd"));
        assertEquals("emma.kam", credential.getCaller(), "user names are case-insensitive");
        assertEquals("pa:ss wörd", credential.getPasswordAsString(), "the password may contain colons");
    }

    @Test
    void malformedOrMissingHeadersGiveNoCredential() {
        assertNull(LoginMechanism.basicCredential(null));
        assertNull(LoginMechanism.basicCredential("Bearer abc"));
        assertNull(LoginMechanism.basicCredential("Basic !!!not-base64"));
        assertNull(LoginMechanism.basicCredential(basic("no-colon")));
        assertNull(LoginMechanism.basicCredential(basic(":password-without-user")));
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertTrue(LoginMechanism.basicCredential("basic " + basic("a.b:c").substring(6)) != null);
    }
}
