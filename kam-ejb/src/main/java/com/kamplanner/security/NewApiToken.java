package com.kamplanner.security;

import java.time.Instant;

/** A token just created: the only value that ever carries its text, for the one answer that shows it. */
public record NewApiToken(long id, String name, String token, Instant expiresAt, boolean readOnly) {
}
