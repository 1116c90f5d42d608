/**
 * Login for people and for integration clients: one authentication mechanism that answers pages with the JSF
 * login form and {@code /api} with a personal API token (Bearer) or HTTP Basic, passwords against the same identity stores (the corporate directory
 * when configured, see {@code directory}, then the local accounts); plus the security headers every response
 * carries, and {@link com.kamplanner.web.security.Caller}, the caller's roles for menus and buttons. Logins go
 * through login throttling (kam-ejb's {@code security}); the administrator's {@code admin/security.xhtml}
 * ({@link com.kamplanner.web.security.SecurityPage}) and {@code /api/security} show refused logins and blocks.
 * API tokens are managed on {@code me/tokens.xhtml} and {@code /api/me/tokens} by their owner, and on
 * {@code admin/tokens.xhtml} and {@code /api/users/{id}/tokens} by the administrator.
 */
package com.kamplanner.web.security;
