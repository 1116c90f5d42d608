package com.kamplanner.web.security;

import com.kamplanner.security.ApiToken;
import java.io.Serializable;
import java.time.Instant;

/** One API token as the token pages show it: never its text nor its hash; serializable for the view state. */
public record TokenRow(long id, long ownerId, String owner, String ownerName, String name, Instant createdAt,
                       Instant expiresAt, Instant lastUsedAt, boolean readOnly, boolean expired)
        implements Serializable {

    static TokenRow of(ApiToken token, Instant now) {
        return new TokenRow(token.getId(), token.getUser().getId(), token.getUser().getUsername(),
                token.getUser().getDisplayName(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
                token.getLastUsedAt(), token.isReadOnly(), !token.isCurrentAt(now));
    }
}
