/**
 * The KA Director's programme boards ({@code /programme/*}): organisational congruence, compliance by KAM, the
 * conflict register and the quarterly continuous-improvement review.
 */
package com.kamplanner.web.programme;
