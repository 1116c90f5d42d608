package com.kamplanner.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedSecretTest {

    @Test
    void aTokenCarriesAtLeast128RandomBitsInUrlSafeText() {
        String token = FeedSecret.newToken();
        assertTrue(Base64.getUrlDecoder().decode(token).length * 8 >= 128);
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertTrue(FeedSecret.wellFormed(token));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(FeedSecret.newToken()), "no token comes twice");
        }
    }

    @Test
    void onlyTheSha256OfTheTokenIsKept() {
        String token = FeedSecret.newToken();
        String hash = FeedSecret.hash(token);
        assertEquals(64, hash.length());
        assertFalse(hash.contains(token));
        assertEquals(hash, FeedSecret.hash(token));
        assertNotEquals(hash, FeedSecret.hash(FeedSecret.newToken()));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FeedSecret.hash("abc"));
    }

    @Test
    void anythingNotShapedLikeATokenIsRefusedBeforeTheDatabase() {
        assertFalse(FeedSecret.wellFormed(null));
        assertFalse(FeedSecret.wellFormed(""));
        assertFalse(FeedSecret.wellFormed("short"));
        assertFalse(FeedSecret.wellFormed("' or 1=1 --xxxxxxxxxxxxxxxxxxxxxx"));
        assertFalse(FeedSecret.wellFormed(FeedSecret.newToken() + "a"));
    }
}
