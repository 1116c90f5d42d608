package com.kamplanner.executive;

import java.math.BigDecimal;

/** For seeding (demo data, tests): investment lines as they stand after their proposal and approval. */
public final class InvestmentSeeding {

    private InvestmentSeeding() {
    }

    public static InvestmentLine proposed(InvestmentCategory category, String label, int year, BigDecimal budget,
                                          BigDecimal actual, String by) {
        InvestmentLine line = new InvestmentLine(category, label, year, budget, actual);
        line.proposedBy(by);
        return line;
    }

    public static InvestmentLine approved(InvestmentCategory category, String label, int year, BigDecimal budget,
                                          BigDecimal actual, String proposer, String executive) {
        InvestmentLine line = proposed(category, label, year, budget, actual, proposer);
        line.approve(executive);
        return line;
    }

}
