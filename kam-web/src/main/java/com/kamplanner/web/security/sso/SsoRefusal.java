package com.kamplanner.web.security.sso;

/**
 * Why a single sign-on was refused. Each reason has a page text ({@code sso.refused.<reason>}); the exception's
 * message is for the server log only and never carries a token, a code or the client secret.
 */
public final class SsoRefusal extends Exception {

    /** The reasons, as the refusal page names them. */
    public enum Reason {
        /** The callback's state is not the one this browser session started with (forged or replayed). */
        STATE("state"),
        /** The ID token's lifetime is over (beyond the allowed clock skew). */
        EXPIRED("expired"),
        /** The ID token's signature, issuer, audience or nonce does not hold. */
        INVALID_TOKEN("invalidToken"),
        /** The person has no value in the roles claim mapped to a role of the application. */
        NO_ROLE("noRole"),
        /** An administrator disabled the person's account here, or it cannot be kept. */
        DISABLED("disabled"),
        /** The provider answered with an error, or could not be reached. */
        PROVIDER("provider");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public String messageKey() {
            return "sso.refused." + code;
        }

        /** The reason a page parameter names; {@link #PROVIDER} for anything else. */
        public static Reason ofCode(String code) {
            for (Reason reason : values()) {
                if (reason.code.equals(code)) {
                    return reason;
                }
            }
            return PROVIDER;
        }
    }

    private final Reason reason;

    public SsoRefusal(Reason reason, String logMessage) {
        super(logMessage);
        this.reason = reason;
    }

    public SsoRefusal(Reason reason, String logMessage, Throwable cause) {
        super(logMessage, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
