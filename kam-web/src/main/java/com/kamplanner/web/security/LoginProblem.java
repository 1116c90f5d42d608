package com.kamplanner.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Why a login just failed, when the reason is worth telling the user: the identity stores can only answer valid
 * or invalid, so a store notes here that the directory was down or granted no role, and the login page reads it.
 */
@RequestScoped
public class LoginProblem {

    /** The reasons the login page explains, each with its message key. */
    public enum Kind {
        DIRECTORY_UNREACHABLE("login.directory.unreachable"),
        NO_ROLE("login.directory.noRole"),
        /** Too many failed logins for the name or from the address: a block holds, whatever the password. */
        THROTTLED("login.throttled");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private Kind kind;

    /** Notes why the login failed; a block outranks any other reason, which it would otherwise hide. */
    public void report(Kind kind) {
        if (this.kind != Kind.THROTTLED) {
            this.kind = kind;
        }
    }

    public Optional<Kind> kind() {
        return Optional.ofNullable(kind);
    }
}
