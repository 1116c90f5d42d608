package com.kamplanner.congruence;

import java.io.Serializable;

/** One KAM's row of compliance by KAM: of their key accounts, how many meet their segment's level per document. */
public class KamCompliance implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long kamId;
    private final String kamName;
    private final long accounts;
    private final long databaseMet;
    private final long strategyMet;
    private final long planMet;

    public KamCompliance(long kamId, String kamName, long accounts, long databaseMet, long strategyMet, long planMet) {
        this.kamId = kamId;
        this.kamName = kamName;
        this.accounts = accounts;
        this.databaseMet = databaseMet;
        this.strategyMet = strategyMet;
        this.planMet = planMet;
    }

    public long getKamId() {
        return kamId;
    }

    public String getKamName() {
        return kamName;
    }

    public long getAccounts() {
        return accounts;
    }

    public long getDatabaseMet() {
        return databaseMet;
    }

    public long getStrategyMet() {
        return strategyMet;
    }

    public long getPlanMet() {
        return planMet;
    }

    /** Every key account of the KAM meets the level in all three documents. */
    public boolean isAllMet() {
        return databaseMet == accounts && strategyMet == accounts && planMet == accounts;
    }
}
