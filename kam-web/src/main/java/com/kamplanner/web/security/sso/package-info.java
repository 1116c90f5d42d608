/**
 * Single sign-on with OpenID Connect, used by the application's one authentication mechanism
 * ({@code LoginMechanism}): the settings ({@link com.kamplanner.web.security.sso.OidcSettings}), the roles read from
 * a claim ({@link com.kamplanner.web.security.sso.ClaimRoles}), and the authorization-code flow with PKCE, state and
 * nonce, whose protocol and ID token checks are the Nimbus OAuth 2.0 SDK's ({@link com.kamplanner.web.security.sso.OidcFlow}).
 */
package com.kamplanner.web.security.sso;
