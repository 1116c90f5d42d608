package com.kamplanner.account.imports;

/** The account fields an import can fill, each with the longest text the account table takes (0: a number). */
public enum AccountField {
    CRM_ID(80),
    NAME(200),
    LEGAL_ID(60),
    INDUSTRY(100),
    COUNTRY(0),
    PARENT(80),
    ANNUAL_REVENUE(0),
    CURRENCY(0),
    OUR_SALES(0),
    CATEGORY_SPEND(0),
    NOTES(4000);

    private final int maxLength;

    AccountField(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean isAmount() {
        return this == ANNUAL_REVENUE || this == OUR_SALES || this == CATEGORY_SPEND;
    }

    /** For EL, which reads getters only. */
    public String getName() {
        return name();
    }
}
