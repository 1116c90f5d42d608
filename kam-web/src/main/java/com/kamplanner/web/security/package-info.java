/**
 * Login for people and for integration clients: one authentication mechanism that answers pages with the JSF
 * login form and {@code /api} with HTTP Basic, both against the same identity stores (the corporate directory
 * when configured, see {@code directory}, then the local accounts); plus the security headers every response
 * carries, and {@link com.kamplanner.web.security.Caller}, the caller's roles for menus and buttons. Logins go
 * through login throttling (kam-ejb's {@code security}); the administrator's {@code admin/security.xhtml}
 * ({@link com.kamplanner.web.security.SecurityPage}) and {@code /api/security} show refused logins and blocks.
 */
package com.kamplanner.web.security;
