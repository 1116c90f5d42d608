package com.kamplanner.segmentation;

import com.kamplanner.account.Account;

/**
 * Who records an account's current and target relationship stages: the KA Director, or the account's own KAM. One
 * rule for the service that saves the stages and the page that decides whether to offer the form.
 */
public final class StageEditing {

    private StageEditing() {
    }

    public static boolean allowed(boolean director, Account account, String callerName) {
        return director || account.getKam() != null && account.getKam().getUsername().equals(callerName);
    }
}
