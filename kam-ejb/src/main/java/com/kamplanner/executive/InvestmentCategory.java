package com.kamplanner.executive;

/** What the programme invests in, as the source text names it: people (KAMs, team roles), training and tools. */
public enum InvestmentCategory {
    HEADCOUNT_KAM, HEADCOUNT_TEAM, TRAINING, TOOLS
}
