package com.kamplanner.strategy;

/**
 * The matrix tools the strategy template offers at the orientation step: the account's place in the selection
 * matrix, the TOWS matrix that pairs the potentials, and the customer's purchasing portfolio (Kraljic) drawn from
 * the Key Account Database. The TOWS matrix is where options are written, so it is always offered.
 */
public enum MatrixTool {
    SELECTION_MATRIX, TOWS, KRALJIC
}
