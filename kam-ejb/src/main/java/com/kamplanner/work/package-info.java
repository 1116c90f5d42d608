/**
 * "What needs me": each person's work across the programme, gathered from the services that own each source
 * (plans, action plans, the Key Account Databases, conflicts, competency campaigns) and filtered by the rights
 * model, most urgent first. The home page and {@code GET /api/me/work} show the same list.
 */
package com.kamplanner.work;
