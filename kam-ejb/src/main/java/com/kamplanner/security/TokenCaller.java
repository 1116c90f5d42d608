package com.kamplanner.security;

import java.util.Set;

/**
 * Who a valid API token speaks for: its owner's user name and roles (the groups the container is given), and
 * whether the token is read-only, which the authentication mechanism enforces on the HTTP method.
 */
public record TokenCaller(long tokenId, String username, Set<String> groups, boolean readOnly) {
}
