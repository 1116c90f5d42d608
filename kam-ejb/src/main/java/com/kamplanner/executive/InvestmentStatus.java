package com.kamplanner.executive;

/** A line is proposed (by the KA Director or an executive) until an executive approves it. */
public enum InvestmentStatus {
    PROPOSED, APPROVED
}
