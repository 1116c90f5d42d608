/**
 * The people of the Key Account programme: executives, the KA Director, KAMs, team members, HR and
 * administrators; their logins, roles and the rules that keep at least one administrator in place.
 */
package com.kamplanner.people;
