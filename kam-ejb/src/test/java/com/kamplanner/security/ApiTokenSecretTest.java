package com.kamplanner.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenSecretTest {

    @Test
    void aTokenIsThePrefixAndAtLeast128RandomBits() {
        String token = ApiTokenSecret.newToken();
        assertTrue(token.startsWith("kam_"), token);
        assertEquals(36, token.length());
        assertTrue(Base64.getUrlDecoder().decode(token.substring(4)).length * 8 >= 128);
        assertTrue(ApiTokenSecret.wellFormed(token));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(ApiTokenSecret.newToken()), "no token comes twice");
        }
    }

    @Test
    void onlyTheSha256OfTheWholeTokenIsKept() {
        String token = ApiTokenSecret.newToken();
        String hash = ApiTokenSecret.hash(token);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertFalse(hash.contains(token.substring(4)));
        assertEquals(hash, ApiTokenSecret.hash(token));
        assertNotEquals(hash, ApiTokenSecret.hash(token.substring(4)), "the prefix is part of what is hashed");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiTokenSecret.hash("abc"));
    }

    @Test
    void anythingNotShapedLikeATokenIsRefusedBeforeTheDatabase() {
        String token = ApiTokenSecret.newToken();
        assertFalse(ApiTokenSecret.wellFormed(null));
        assertFalse(ApiTokenSecret.wellFormed(""));
        assertFalse(ApiTokenSecret.wellFormed(token.substring(4)), "a calendar feed secret is not an API token");
        assertFalse(ApiTokenSecret.wellFormed(token + "a"));
        assertFalse(ApiTokenSecret.wellFormed("kam_' or 1=1 --xxxxxxxxxxxxxxxxxxx"));
    }

    @Test
    void theBearerSchemeIsReadCaseInsensitivelyAndBasicIsNotABearer() {
        assertEquals("kam_abc", ApiTokenSecret.fromBearer("Bearer kam_abc"));
        assertEquals("kam_abc", ApiTokenSecret.fromBearer("bearer   kam_abc "));
        assertTrue(ApiTokenSecret.isBearer("BEARER x"));
        assertFalse(ApiTokenSecret.isBearer("Basic YWRtaW46eA=="));
        assertFalse(ApiTokenSecret.isBearer(null));
        assertNull(ApiTokenSecret.fromBearer("Basic YWRtaW46eA=="));
        assertNull(ApiTokenSecret.fromBearer("Bearer"));
    }
}
