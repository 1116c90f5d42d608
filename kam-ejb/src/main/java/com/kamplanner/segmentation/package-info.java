/**
 * Segmentation and selection decisions: which accounts are key accounts and why, their segment (the matrix
 * quadrant unless the KA Director overrides it), relationship stages, KAM assignment within capacity, KA teams
 * and executive sponsorship.
 */
package com.kamplanner.segmentation;
