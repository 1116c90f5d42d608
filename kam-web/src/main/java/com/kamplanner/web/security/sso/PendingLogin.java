package com.kamplanner.web.security.sso;

import java.io.Serializable;

/**
 * A sign-in sent to the provider and not yet back, kept in the browser's session: the state the callback must
 * bring back, the nonce the ID token must carry, the PKCE code verifier for the code exchange, and where the
 * person was going.
 */
public record PendingLogin(String state, String nonce, String codeVerifier, String originalUrl)
        implements Serializable {
}
