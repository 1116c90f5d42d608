package com.kamplanner.bestpractice;

import java.io.Serializable;

/** An item the KA Director may mark: eligible and not marked yet. */
public record Candidate(long itemId, String accountName, String title) implements Serializable {

    public long getItemId() {
        return itemId;
    }

    public String getAccountName() {
        return accountName;
    }

    public String getTitle() {
        return title;
    }
}
