/**
 * The Key Account programme as a whole: the settings the KA Director sets for every account and KAM (KAM capacity,
 * matrix thresholds), read by selection, segmentation and congruence. Its page is the segment settings page of
 * kam-web {@code segmentation}.
 */
package com.kamplanner.programme;
