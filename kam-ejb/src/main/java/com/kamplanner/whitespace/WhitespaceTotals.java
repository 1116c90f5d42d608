package com.kamplanner.whitespace;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sums of a map's supplied and open values, per offering (row), per buying centre (column) and overall. All in
 * one currency: a map is in its account's currency, and {@link #byCurrency} keeps each currency apart when
 * several accounts are summed, never adding one to another.
 */
public final class WhitespaceTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Supplied and open value of one row, column or map. */
    public record Sum(BigDecimal supplied, BigDecimal open) implements Serializable {
        public static final Sum ZERO = new Sum(BigDecimal.ZERO, BigDecimal.ZERO);

        Sum plus(CellState state, BigDecimal value) {
            if (value == null || !state.valued()) {
                return this;
            }
            return state == CellState.SUPPLIED ? new Sum(supplied.add(value), open)
                    : new Sum(supplied, open.add(value));
        }

        Sum plus(Sum other) {
            return new Sum(supplied.add(other.supplied), open.add(other.open));
        }

        /** What we supply plus what is open: the potential the chart shows beside the supplied value. */
        public BigDecimal potential() {
            return supplied.add(open);
        }
    }

    /** What a total is made of: a state and value, at an offering and buying centre. */
    public interface Entry {
        String offeringCode();

        long buyingCentreId();

        CellState state();

        BigDecimal value();
    }

    private final Map<String, Sum> rows = new HashMap<>();
    private final Map<Long, Sum> columns = new HashMap<>();
    private Sum overall = Sum.ZERO;

    private WhitespaceTotals() {
    }

    public static WhitespaceTotals of(Collection<? extends Entry> entries) {
        WhitespaceTotals totals = new WhitespaceTotals();
        for (Entry e : entries) {
            totals.rows.merge(e.offeringCode(), Sum.ZERO.plus(e.state(), e.value()), Sum::plus);
            totals.columns.merge(e.buyingCentreId(), Sum.ZERO.plus(e.state(), e.value()), Sum::plus);
            totals.overall = totals.overall.plus(e.state(), e.value());
        }
        return totals;
    }

    public Sum row(String offeringCode) {
        return rows.getOrDefault(offeringCode, Sum.ZERO);
    }

    public Sum column(long buyingCentreId) {
        return columns.getOrDefault(buyingCentreId, Sum.ZERO);
    }

    public Sum getOverall() {
        return overall;
    }

    /** Sums per currency code, in code order; values of one currency are never added to another's. */
    public static Map<String, Sum> byCurrency(Collection<? extends Map.Entry<String, Sum>> perAccount) {
        Map<String, Sum> sums = new TreeMap<>();
        for (Map.Entry<String, Sum> e : perAccount) {
            sums.merge(e.getKey(), e.getValue(), Sum::plus);
        }
        return sums;
    }
}
