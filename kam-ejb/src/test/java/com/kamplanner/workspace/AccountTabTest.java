package com.kamplanner.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kamplanner.account.AccountRights;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which of an account's pages the header offers to whom, from the rights model alone. */
class AccountTabTest {

    @Test
    void theAccountsKamAndTheKaDirectorGetEveryTab() {
        assertEquals(List.of(AccountTab.values()), AccountTab.openedBy(AccountRights.of("emma.kam").kam(true).build()));
        assertEquals(List.of(AccountTab.values()),
                AccountTab.openedBy(AccountRights.of("david.kad").director(true).build()));
    }

    @Test
    void teamMembersInsideAndOutsideTheCompanyGetEveryTabTheyMayRead() {
        AccountRights tom = AccountRights.of("tom.team").onTeam(false, true, Set.of("needs")).build();
        AccountRights paul = AccountRights.of("paul.partner").onTeam(true, false, Set.of("customer")).build();
        assertEquals(List.of(AccountTab.values()), AccountTab.openedBy(tom));
        assertEquals(List.of(AccountTab.OVERVIEW, AccountTab.DATABASE, AccountTab.STRATEGY, AccountTab.PLAN,
                AccountTab.TEAM, AccountTab.SCORES), AccountTab.openedBy(paul),
                "scoring is open to the whole team; the whitespace map only to partners granted it");
        AccountRights granted = AccountRights.of("paul.partner").onTeam(true, false, Set.of("whitespace")).build();
        assertEquals(List.of(AccountTab.values()), AccountTab.openedBy(granted));
    }

    @Test
    void executivesReadButDoNotScore() {
        List<AccountTab> tabs = AccountTab.openedBy(AccountRights.of("claire.exec").readsAll(true).build());
        assertEquals(List.of(AccountTab.OVERVIEW, AccountTab.DATABASE, AccountTab.WHITESPACE, AccountTab.STRATEGY,
                AccountTab.PLAN, AccountTab.TEAM), tabs);
    }

    @Test
    void aCallerWhoMayNotReadTheAccountGetsNoTab() {
        assertEquals(List.of(), AccountTab.openedBy(AccountRights.of("lucas.kam").build()));
    }

    @Test
    void eachTabHasALowerCaseKeyForIdsAndBundles() {
        assertEquals("overview", AccountTab.OVERVIEW.getKey());
        assertEquals("scores", AccountTab.SCORES.getKey());
    }
}
