package com.kamplanner.whitespace;

import com.kamplanner.account.Account;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One account's whitespace map as the caller may see it: the active catalogue's offerings (rows), the customer's
 * buying centres (columns), the stored cells, the totals, the Database's competitors a cell may name, and whether
 * the caller may edit. A cell never saved reads as unknown.
 */
public class WhitespaceMap implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String accountName;
    private final String currency;
    private final List<Offering> offerings;
    private final List<BuyingCentre> centres;
    private final Map<String, WhitespaceCell> cells = new HashMap<>();
    private final WhitespaceTotals totals;
    private final List<String> competitors;
    private final boolean writable;

    WhitespaceMap(Account account, List<Offering> offerings, List<BuyingCentre> centres, List<WhitespaceCell> stored,
                  List<String> competitors, boolean writable) {
        this.accountId = account.getId();
        this.accountName = account.getName();
        this.currency = account.getCurrency();
        this.offerings = List.copyOf(offerings);
        this.centres = List.copyOf(centres);
        List<String> codes = offerings.stream().map(Offering::getCode).toList();
        List<WhitespaceCell> shown = stored.stream().filter(c -> codes.contains(c.getOfferingCode())).toList();
        shown.forEach(c -> cells.put(key(c.getBuyingCentre().getId(), c.getOfferingCode()), c));
        this.totals = WhitespaceTotals.of(shown);
        this.competitors = List.copyOf(competitors);
        this.writable = writable;
    }

    static String key(long centreId, String offeringCode) {
        return centreId + "/" + offeringCode;
    }

    /** The stored cell, or null for one never saved (unknown). */
    public WhitespaceCell cell(long centreId, String offeringCode) {
        return cells.get(key(centreId, offeringCode));
    }

    public CellState state(long centreId, String offeringCode) {
        WhitespaceCell cell = cell(centreId, offeringCode);
        return cell == null ? CellState.UNKNOWN : cell.getState();
    }

    public List<WhitespaceCell> getCells() {
        return List.copyOf(cells.values());
    }

    public long getAccountId() {
        return accountId;
    }

    public String getAccountName() {
        return accountName;
    }

    public String getCurrency() {
        return currency;
    }

    public List<Offering> getOfferings() {
        return offerings;
    }

    public List<BuyingCentre> getCentres() {
        return centres;
    }

    public WhitespaceTotals getTotals() {
        return totals;
    }

    public List<String> getCompetitors() {
        return competitors;
    }

    public boolean isWritable() {
        return writable;
    }
}
