package com.kamplanner.security;

import java.io.Serializable;
import java.time.Instant;

/** The directory's last check: when, whether it answered, and the technical reason when it did not. */
public record DirectoryCheck(Instant at, boolean ok, String detail) implements Serializable {
}
