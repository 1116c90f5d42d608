package com.kamplanner.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * A block that holds now, for the administrator: on a user name or an address, since when and until when.
 *
 * @param subject the user name as typed, or the address
 */
public record Block(BlockScope scope, String subject, Instant since, Instant until) implements Serializable {
}
