package com.kamplanner.web.security.sso;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Single sign-on's settings, read once at start-up from system properties or environment variables (through
 * {@code com.kamplanner.platform.Settings}), like the directory's. SSO is on when {@code kam.oidc.issuer} is set.
 * The client secret is never part of {@link #toString()}; on Payara Server it is a password alias
 * ({@code ${ALIAS=kam-oidc-client-secret}}), never a clear value in {@code domain.xml}.
 *
 * @param issuer          the provider's issuer URL; its {@code .well-known/openid-configuration} is read from there
 * @param clientId        the application's client id at the provider
 * @param clientSecret    its secret (a confidential client: the code is exchanged with the secret and PKCE)
 * @param scopes          the scopes asked for, space separated, {@code openid} always among them
 * @param usernameClaim   the claim that becomes the application user name
 * @param nameClaim       the claim with the person's display name
 * @param emailClaim      the claim with the person's e-mail address
 * @param rolesClaim      the claim whose values give roles ({@code groups}, {@code roles}, {@code realm_access.roles})
 * @param roles           which claim values give which roles
 * @param providerName    shown on the login page: "Sign in with <provider name>"
 * @param localLogin      whether the login form for local and directory accounts stays available
 * @param clockSkewSeconds how far the provider's clock may differ from ours when checking the ID token's times
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, String scopes, String usernameClaim,
                           String nameClaim, String emailClaim, String rolesClaim, ClaimRoles roles,
                           String providerName, boolean localLogin, int clockSkewSeconds) {

    public static final String ISSUER = "kam.oidc.issuer";
    public static final String CLIENT_ID = "kam.oidc.client-id";
    public static final String CLIENT_SECRET = "kam.oidc.client-secret";
    public static final String SCOPES = "kam.oidc.scopes";
    public static final String USERNAME_CLAIM = "kam.oidc.username-claim";
    public static final String NAME_CLAIM = "kam.oidc.name-claim";
    public static final String EMAIL_CLAIM = "kam.oidc.email-claim";
    public static final String ROLES_CLAIM = "kam.oidc.roles-claim";
    public static final String ROLES = "kam.oidc.roles";
    public static final String PROVIDER_NAME = "kam.oidc.provider-name";
    public static final String LOCAL_LOGIN = "kam.oidc.local-login";
    public static final String CLOCK_SKEW = "kam.oidc.clock-skew-seconds";

    static final String DEFAULT_SCOPES = "openid profile email";
    static final String DEFAULT_USERNAME_CLAIM = "preferred_username";
    static final String DEFAULT_ROLES_CLAIM = "groups";
    static final String DEFAULT_PROVIDER_NAME = "single sign-on";
    static final int DEFAULT_CLOCK_SKEW = 60;

    /**
     * The settings from {@code source} (a setting name to its value); empty when SSO is off.
     *
     * @throws IllegalArgumentException when SSO is on but a setting is missing or malformed
     */
    public static Optional<OidcSettings> from(Function<String, Optional<String>> source) {
        Optional<String> issuer = source.apply(ISSUER);
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        URI issuerUri;
        try {
            issuerUri = new URI(issuer.get());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(ISSUER + "=" + issuer.get() + " is not a URL", e);
        }
        if (!"https".equals(issuerUri.getScheme()) && !"http".equals(issuerUri.getScheme())) {
            throw new IllegalArgumentException(ISSUER + "=" + issuer.get() + " is not an http(s) URL");
        }
        String clientId = source.apply(CLIENT_ID)
                .orElseThrow(() -> new IllegalArgumentException(CLIENT_ID + " is missing"));
        String secret = source.apply(CLIENT_SECRET)
                .orElseThrow(() -> new IllegalArgumentException(CLIENT_SECRET + " is missing"));
        if (secret.startsWith("${ALIAS=")) {
            throw new IllegalArgumentException(CLIENT_SECRET + " names a password alias the server did not resolve;"
                    + " create it with asadmin create-password-alias");
        }
        String scopes = source.apply(SCOPES).orElse(DEFAULT_SCOPES);
        if (!(" " + scopes + " ").contains(" openid ")) {
            scopes = "openid " + scopes;
        }
        return Optional.of(new OidcSettings(issuerUri, clientId, secret, scopes,
                source.apply(USERNAME_CLAIM).orElse(DEFAULT_USERNAME_CLAIM),
                source.apply(NAME_CLAIM).orElse("name"),
                source.apply(EMAIL_CLAIM).orElse("email"),
                source.apply(ROLES_CLAIM).orElse(DEFAULT_ROLES_CLAIM),
                ClaimRoles.parse(source.apply(ROLES).orElse("")),
                source.apply(PROVIDER_NAME).orElse(DEFAULT_PROVIDER_NAME),
                !source.apply(LOCAL_LOGIN).map(v -> v.equalsIgnoreCase("false")).orElse(false),
                seconds(source)));
    }

    private static int seconds(Function<String, Optional<String>> source) {
        String value = source.apply(CLOCK_SKEW).orElse(null);
        if (value == null) {
            return DEFAULT_CLOCK_SKEW;
        }
        try {
            int seconds = Integer.parseInt(value);
            if (seconds >= 0 && seconds <= 600) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(CLOCK_SKEW + "=" + value + " is not a number of seconds from 0 to 600");
    }

    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", scopes=" + scopes + ", usernameClaim="
                + usernameClaim + ", rolesClaim=" + rolesClaim + ", mappedValues=" + roles.size() + ", providerName="
                + providerName + ", localLogin=" + localLogin + ", clockSkewSeconds=" + clockSkewSeconds + "]";
    }
}
