/**
 * Key account selection on the web: the selection matrix with its ranking, the KA Director's criteria sets and
 * thresholds, the score sheet of an account, and the same over the REST API.
 */
package com.kamplanner.web.selection;
