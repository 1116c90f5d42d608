package com.kamplanner.whitespace;

import java.io.Serializable;
import java.math.BigDecimal;

/** One cell of one key account in the portfolio-wide whitespace: where an offering is supplied, open or held. */
public record PortfolioItem(long accountId, String accountName, String offeringCode, String buyingCentre,
                            CellState state, BigDecimal value, String currency, String competitor)
        implements Serializable {
}
