/**
 * Pages and REST resources of KAM competency tracking: campaigns, assessments, profiles with their radar, the HR
 * overview, the access log, executives' aggregates and the framework with its recruiting profiles. The services
 * of {@code com.kamplanner.competency} enforce every privacy rule again.
 */
package com.kamplanner.web.competency;
