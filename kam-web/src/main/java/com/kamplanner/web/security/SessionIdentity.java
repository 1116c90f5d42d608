package com.kamplanner.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who logged in on this session, and with which groups: kept so that later requests need no password. */
record SessionIdentity(String caller, Set<String> groups) implements Serializable {
}
