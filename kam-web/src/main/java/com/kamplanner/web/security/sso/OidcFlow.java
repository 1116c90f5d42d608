package com.kamplanner.web.security.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The authorization-code flow with PKCE, state and nonce, for a confidential client, done with the Nimbus OAuth 2.0
 * SDK: nothing here parses a JWT or checks a signature by hand. The provider's metadata is read from the issuer's
 * {@code .well-known/openid-configuration} on first use (and again after a failure); its signing keys are fetched
 * and cached by Nimbus' validator, which also checks the issuer, the audience, the times (with the clock skew
 * allowed) and the nonce.
 */
public class OidcFlow {

    private static final int CONNECT_TIMEOUT_MS = 5000;
    private static final int READ_TIMEOUT_MS = 10000;
    private static final int MAX_KEYS_SIZE = 512 * 1024;

    private final OidcSettings settings;
    private volatile Provider provider;

    /** The provider's metadata and the validator of its ID tokens, resolved together. */
    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    public OidcFlow(OidcSettings settings) {
        this.settings = settings;
    }

    /**
     * A new sign-in: fresh state, nonce and PKCE verifier (to keep in the session), and the provider's
     * authorization URL to send the browser to.
     */
    public Start begin(URI callback, String originalUrl) throws SsoRefusal {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI authorization = new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE),
                Scope.parse(settings.scopes()), new ClientID(settings.clientId()), callback)
                .endpointURI(provider().metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
        return new Start(authorization, new PendingLogin(state.getValue(), nonce.getValue(), verifier.getValue(),
                originalUrl));
    }

    /** What {@link #begin} gives: where to send the browser, and what to remember until it comes back. */
    public record Start(URI authorizationUrl, PendingLogin pending) {
    }

    /**
     * The provider's answer at the callback ({@code callback?query}): the state checked against the pending
     * sign-in, the code exchanged with the client secret and the PKCE verifier, and the ID token validated.
     */
    public SsoIdentity finish(URI callback, String query, PendingLogin pending) throws SsoRefusal {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(URI.create(callback + "?" + (query == null ? "" : query)));
        } catch (ParseException | IllegalArgumentException e) {
            throw new SsoRefusal(SsoRefusal.Reason.STATE, "The callback is not an authentication response: "
                    + e.getMessage());
        }
        if (pending == null || response.getState() == null
                || !response.getState().getValue().equals(pending.state())) {
            throw new SsoRefusal(SsoRefusal.Reason.STATE, pending == null
                    ? "A callback came to a session that started no sign-in (replayed or forged)"
                    : "The callback's state is not this session's (forged or replayed)");
        }
        if (response instanceof AuthenticationErrorResponse error) {
            ErrorObject object = error.getErrorObject();
            throw new SsoRefusal(SsoRefusal.Reason.PROVIDER, "The provider refused the sign-in: " + object.getCode()
                    + " " + Optional.ofNullable(object.getDescription()).orElse(""));
        }
        AuthorizationCode code = ((AuthenticationSuccessResponse) response).getAuthorizationCode();
        if (code == null) {
            throw new SsoRefusal(SsoRefusal.Reason.PROVIDER, "The callback carries no authorization code");
        }
        String idToken = exchange(code, callback, new CodeVerifier(pending.codeVerifier()));
        return verify(idToken, pending.nonce());
    }

    private String exchange(AuthorizationCode code, URI callback, CodeVerifier verifier) throws SsoRefusal {
        TokenRequest request = new TokenRequest(provider().metadata().getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(code, callback, verifier));
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(CONNECT_TIMEOUT_MS);
            http.setReadTimeout(READ_TIMEOUT_MS);
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException | ParseException e) {
            throw new SsoRefusal(SsoRefusal.Reason.PROVIDER, "The token endpoint cannot be used: " + e.getMessage(), e);
        }
        if (response instanceof TokenErrorResponse error) {
            throw new SsoRefusal(SsoRefusal.Reason.PROVIDER, "The token endpoint refused the code: "
                    + error.getErrorObject().getCode() + " "
                    + Optional.ofNullable(error.getErrorObject().getDescription()).orElse(""));
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new SsoRefusal(SsoRefusal.Reason.INVALID_TOKEN, "The token response carries no ID token");
        }
        return idToken.serialize();
    }

    /**
     * Validates an ID token as the callback does (signature by the provider's keys, issuer, audience, times,
     * nonce when one is expected) and reads who it names.
     */
    public SsoIdentity verify(String idToken, String expectedNonce) throws SsoRefusal {
        IDTokenClaimsSet claims;
        try {
            claims = provider().validator().validate(JWTParser.parse(idToken),
                    expectedNonce == null ? null : new Nonce(expectedNonce));
        } catch (ExpiredJWTException e) {
            throw new SsoRefusal(SsoRefusal.Reason.EXPIRED, "The ID token has expired: " + e.getMessage());
        } catch (BadJOSEException | JOSEException | java.text.ParseException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Expired JWT")) {
                throw new SsoRefusal(SsoRefusal.Reason.EXPIRED, "The ID token has expired: " + e.getMessage());
            }
            throw new SsoRefusal(SsoRefusal.Reason.INVALID_TOKEN, "The ID token is not valid: " + e.getMessage());
        }
        Map<String, Object> json = claims.toJSONObject();
        String username = json.get(settings.usernameClaim()) instanceof String name && !name.isBlank()
                ? name.trim() : null;
        if (username == null) {
            throw new SsoRefusal(SsoRefusal.Reason.INVALID_TOKEN, "The ID token has no " + settings.usernameClaim()
                    + " claim to name the user by");
        }
        return new SsoIdentity(username, text(json, settings.nameClaim()), text(json, settings.emailClaim()),
                ClaimRoles.values(json, settings.rolesClaim()), idToken);
    }

    /** Where to send the browser to end the provider's session too; empty when the provider has no such endpoint. */
    public Optional<URI> logoutUrl(String idToken, URI afterLogout) {
        try {
            URI endSession = provider().metadata().getEndSessionEndpointURI();
            if (endSession == null) {
                return Optional.empty();
            }
            return Optional.of(new LogoutRequest(endSession, idToken == null ? null : JWTParser.parse(idToken),
                    afterLogout, new State()).toURI());
        } catch (SsoRefusal | java.text.ParseException e) {
            return Optional.empty();
        }
    }

    /** The provider, resolved once; a failure is retried at the next sign-in rather than kept. */
    private Provider provider() throws SsoRefusal {
        Provider resolved = provider;
        if (resolved != null) {
            return resolved;
        }
        synchronized (this) {
            if (provider == null) {
                try {
                    OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()),
                            CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
                    IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(),
                            new ClientID(settings.clientId()), JWSAlgorithm.RS256,
                            metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, MAX_KEYS_SIZE));
                    validator.setMaxClockSkew(settings.clockSkewSeconds());
                    provider = new Provider(metadata, validator);
                } catch (GeneralException | IOException e) {
                    throw new SsoRefusal(SsoRefusal.Reason.PROVIDER, "The provider's metadata cannot be read from "
                            + settings.issuer() + ": " + e.getMessage(), e);
                }
            }
            return provider;
        }
    }

    private static String text(Map<String, Object> json, String claim) {
        return json.get(claim) instanceof String value && !value.isBlank() ? value.trim() : null;
    }
}
