/**
 * Continuous improvement of the Key Account programme, the KA Director's quarterly review: the programme's figures
 * (coverage, compliance, plan freshness, action plans late) this quarter against the last, kept quarter by quarter,
 * and the improvement actions decided in the review, with their owners and status.
 */
package com.kamplanner.improvement;
