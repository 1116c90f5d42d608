package com.kamplanner.whitespace;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One page of the portfolio-wide whitespace, the number of items of every page, and the supplied and open totals
 * of all pages per currency (never summed across currencies).
 */
public record PortfolioWhitespace(List<PortfolioItem> items, long total, Map<String, WhitespaceTotals.Sum> totalsByCurrency)
        implements Serializable {
}
