package com.kamplanner.web.security.sso;

import java.util.List;

/**
 * Who the provider says signed in, from a validated ID token: the user name, display name and e-mail from their
 * claims, the values of the roles claim, and the raw ID token, kept only as the hint of the provider's logout.
 */
public record SsoIdentity(String username, String displayName, String email, List<String> roleValues,
                          String idToken) {

    @Override
    public String toString() {
        return "SsoIdentity[username=" + username + ", roleValues=" + roleValues + "]";
    }
}
