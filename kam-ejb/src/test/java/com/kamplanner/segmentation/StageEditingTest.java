package com.kamplanner.segmentation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StageEditingTest {

    private static Account heldBy(String kam) {
        Account account = new Account("Stage Aerospace", "Aerospace", "FR");
        if (kam != null) {
            account.setKam(new AppUser(kam, kam, Set.of(Role.KAM)));
        }
        return account;
    }

    @Test
    void theKaDirectorRecordsTheStagesOfEveryAccount() {
        assertTrue(StageEditing.allowed(true, heldBy("kam.other"), "director"));
        assertTrue(StageEditing.allowed(true, heldBy(null), "director"));
    }

    @Test
    void aKamRecordsTheStagesOfTheirOwnAccountOnly() {
        assertTrue(StageEditing.allowed(false, heldBy("kam.marie"), "kam.marie"));
        assertFalse(StageEditing.allowed(false, heldBy("kam.other"), "kam.marie"));
        assertFalse(StageEditing.allowed(false, heldBy(null), "kam.marie"), "an account without a KAM is the KA Director's");
    }
}
