/**
 * The KA Director's segment settings page, which also edits the programme-wide settings of kam-ejb
 * {@code programme} (KAM capacity, matrix thresholds).
 */
package com.kamplanner.web.segmentation;
