/**
 * Login for people and for integration clients: one authentication mechanism that answers pages with the JSF
 * login form and {@code /api} with HTTP Basic, both against the same identity stores (the corporate directory
 * when configured, see {@code directory}, then the local accounts); plus the security headers every response
 * carries, and {@link com.kamplanner.web.security.Caller}, the caller's roles for menus and buttons.
 */
package com.kamplanner.web.security;
