package com.kamplanner.web.security.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A login name is searched for literally: the characters of the filter syntax cannot change the query. */
class LdapFilterTest {

    @Test
    void anOrdinaryNameIsUnchanged() {
        assertEquals("(uid=dora.director)", LdapFilter.format("(uid={0})", "dora.director"));
    }

    @Test
    void theFilterSyntaxCharactersAreEscapedAsRfc4515Asks() {
        assertEquals("\\2a", LdapFilter.escape("*"));
        assertEquals("\\28", LdapFilter.escape("("));
        assertEquals("\\29", LdapFilter.escape(")"));
        assertEquals("\\5c", LdapFilter.escape("\\"));
        assertEquals("\\00", LdapFilter.escape("\0"));
        assertEquals("a\\5c\\2ab", LdapFilter.escape("a\\*b"));
    }

    @Test
    void anInjectionAttemptStaysInsideItsValue() {
        assertEquals("(uid=\\2a\\29\\28uid=\\2a)", LdapFilter.format("(uid={0})", "*)(uid=*"));
        assertEquals("(&(objectClass=person)(uid=admin\\29\\28|\\28uid=\\2a))",
                LdapFilter.format("(&(objectClass=person)(uid={0}))", "admin)(|(uid=*"));
    }

    @Test
    void nonAsciiNamesAreKeptForTheLdapLibraryToEncode() {
        assertEquals("(cn=Zoë Müller)", LdapFilter.format("(cn={0})", "Zoë Müller"));
    }

    @Test
    void aValueThatLooksLikeAPlaceholderIsNotExpandedAgain() {
        assertEquals("(|(member=cn=\\28{1}\\29)(uid=bob))",
                LdapFilter.format("(|(member={0})(uid={1}))", "cn=({1})", "bob"));
    }

    @Test
    void anActiveDirectoryFilterUsesTheValueTwice() {
        assertEquals("(|(sAMAccountName=j.doe)(userPrincipalName=j.doe))",
                LdapFilter.format("(|(sAMAccountName={0})(userPrincipalName={0}))", "j.doe"));
    }

    @Test
    void aPlaceholderWithoutAValueIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> LdapFilter.format("(uid={1})", "bob"));
    }
}
