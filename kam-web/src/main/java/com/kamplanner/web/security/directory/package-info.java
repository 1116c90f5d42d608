/**
 * Login against the corporate directory (LDAP or Active Directory) with plain JNDI: the settings, the mapping
 * from directory groups to the application's roles, the filter escaping that keeps user names out of the query
 * syntax, and the identity store that the authentication mechanism asks before the local accounts.
 */
package com.kamplanner.web.security.directory;
