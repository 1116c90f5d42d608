package com.kamplanner.whitespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.kamplanner.platform.BusinessRuleException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhitespaceTotalsTest {

    record Cell(String offeringCode, long buyingCentreId, CellState state, BigDecimal value)
            implements WhitespaceTotals.Entry {
    }

    private static BigDecimal eur(String v) {
        return new BigDecimal(v);
    }

    @Test
    void rowsAndColumnsSumSuppliedAndOpenApart() {
        WhitespaceTotals totals = WhitespaceTotals.of(List.of(
                new Cell("MRO", 1, CellState.SUPPLIED, eur("100.00")),
                new Cell("MRO", 2, CellState.OPEN, eur("40.50")),
                new Cell("TRN", 1, CellState.OPEN, eur("10")),
                new Cell("TRN", 2, CellState.SUPPLIED, eur("5"))));
        assertEquals(0, eur("100").compareTo(totals.row("MRO").supplied()));
        assertEquals(0, eur("40.5").compareTo(totals.row("MRO").open()));
        assertEquals(0, eur("140.5").compareTo(totals.row("MRO").potential()));
        assertEquals(0, eur("100").compareTo(totals.column(1).supplied()));
        assertEquals(0, eur("10").compareTo(totals.column(1).open()));
        assertEquals(0, eur("5").compareTo(totals.column(2).supplied()));
        assertEquals(0, eur("105").compareTo(totals.getOverall().supplied()));
        assertEquals(0, eur("50.5").compareTo(totals.getOverall().open()));
    }

    @Test
    void competitorNotRelevantUnknownAndMissingValuesAddNothing() {
        WhitespaceTotals totals = WhitespaceTotals.of(List.of(
                new Cell("MRO", 1, CellState.COMPETITOR, eur("999")),
                new Cell("MRO", 2, CellState.NOT_RELEVANT, eur("7")),
                new Cell("MRO", 3, CellState.UNKNOWN, null),
                new Cell("MRO", 4, CellState.OPEN, null)));
        assertEquals(WhitespaceTotals.Sum.ZERO, totals.row("MRO"));
        assertEquals(WhitespaceTotals.Sum.ZERO, totals.getOverall());
        assertEquals(WhitespaceTotals.Sum.ZERO, totals.row("NONE"), "an offering without cells sums to zero");
    }

    @Test
    void totalsAcrossAccountsAreKeptPerCurrencyNeverSummedAcross() {
        Map<String, WhitespaceTotals.Sum> sums = WhitespaceTotals.byCurrency(List.of(
                Map.entry("EUR", new WhitespaceTotals.Sum(eur("100"), eur("10"))),
                Map.entry("USD", new WhitespaceTotals.Sum(eur("50"), eur("0"))),
                Map.entry("EUR", new WhitespaceTotals.Sum(eur("1"), eur("2")))));
        assertEquals(List.of("EUR", "USD"), List.copyOf(sums.keySet()));
        assertEquals(0, eur("101").compareTo(sums.get("EUR").supplied()));
        assertEquals(0, eur("12").compareTo(sums.get("EUR").open()));
        assertEquals(0, eur("50").compareTo(sums.get("USD").supplied()));
    }

    @Test
    void eachStateRequiresItsFields() {
        CellInput supplied = new CellInput();
        supplied.setState(CellState.SUPPLIED);
        assertThrows(BusinessRuleException.class, () -> WhitespaceRules.check(supplied, List.of()));
        CellInput open = new CellInput();
        open.setState(CellState.OPEN);
        open.setValue(eur("10"));
        assertThrows(BusinessRuleException.class, () -> WhitespaceRules.check(open, List.of()));
        open.setStage(OpportunityStage.QUALIFIED);
        WhitespaceRules.check(open, List.of());
        CellInput held = new CellInput();
        held.setState(CellState.COMPETITOR);
        held.setCompetitor("Lufthansa Technik");
        assertThrows(BusinessRuleException.class, () -> WhitespaceRules.check(held, List.of("AFI KLM E&M")));
        WhitespaceRules.check(held, List.of("Lufthansa Technik"));
    }
}
