package com.kamplanner.web.security.directory;

import java.util.List;

/** A person as the directory describes them after a successful bind: what the application keeps of the entry. */
public record DirectoryUser(String dn, String username, String displayName, String email, List<String> groupDns) {
}
