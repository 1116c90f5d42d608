/**
 * The security events kept in the database (refused logins, login blocks and their lifting, the directory's
 * checks) and what reads them: login throttling, which slows and then blocks repeated failed logins for one user
 * name or one address, with every node of a cluster counting the same rows; and the administrator's view of
 * recent refusals and active blocks. The JSON security log ({@code platform.SecurityLog}) still gets every event.
 * Also the personal API tokens that integrations use instead of a password ({@link com.kamplanner.security.ApiTokens}).
 */
package com.kamplanner.security;
