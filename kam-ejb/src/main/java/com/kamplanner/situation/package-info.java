/**
 * The Key Account Database of each key account (the situation analysis, first process step): values filled from
 * a {@link com.kamplanner.template.DocumentTemplate template} version section by section, the stakeholder map,
 * the sections the KAM grants to team members, the history of every change, completeness and staleness, and
 * the DOCX and XLSX exports.
 */
package com.kamplanner.situation;
