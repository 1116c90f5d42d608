/**
 * KAM competency tracking for HR: the versioned competency framework and its target profiles, assessment
 * campaigns (self, manager, HR validation), profiles with gaps and trends, development plans, the fit of a KAM
 * to an account's segment, and the privacy rules and access log that protect this personal data.
 */
package com.kamplanner.competency;
