package com.kamplanner.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kamplanner.plan.PlanRights;
import com.kamplanner.situation.DatabaseRights;
import com.kamplanner.strategy.StrategyRights;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The policies over one caller's {@link AccountRights}, without a server: one row per kind of caller, one column
 * per decision of the account, the Key Account Database, the strategy and the plan.
 */
class AccountRightsTest {

    private static final String GRANTED = "customer";
    private static final String OTHER = "needs";

    private static final AccountRights EXECUTIVE = AccountRights.of("claire.exec").readsAll(true).build();
    private static final AccountRights DIRECTOR = AccountRights.of("david.kad").director(true).build();
    private static final AccountRights KAM = AccountRights.of("emma.kam").kam(true).build();
    private static final AccountRights OTHER_KAM = AccountRights.of("lucas.kam").build();
    private static final AccountRights MEMBER = AccountRights.of("tom.team")
            .onTeam(false, true, Set.of(GRANTED)).build();
    private static final AccountRights EXTERNAL = AccountRights.of("paul.partner")
            .onTeam(true, false, Set.of(GRANTED)).build();
    private static final AccountRights HR = AccountRights.of("hana.hr").build();

    /** The decisions, in the order of each row's expectations. */
    private static final List<Predicate<AccountRights>> DECISIONS = List.of(
            AccountRights::canRead,
            AccountRights::canScore,
            AccountRights::canSetStages,
            r -> DatabaseRights.of(r).canSee(GRANTED),
            r -> DatabaseRights.of(r).canSee(OTHER),
            r -> DatabaseRights.of(r).canWrite(GRANTED),
            r -> DatabaseRights.of(r).canWrite(OTHER),
            r -> DatabaseRights.of(r).isKam(),
            r -> StrategyRights.of(r).canWrite(),
            r -> StrategyRights.of(r).canGrant(),
            r -> PlanRights.of(r).canWrite(),
            r -> PlanRights.of(r).canComment(),
            r -> PlanRights.of(r).canUpdate(r.getCaller()),
            r -> PlanRights.of(r).canUpdate("someone.else"));

    @Test
    void everyCallerGetsWhatTheProgrammePromises() {
        //                  read  score stage seeG  seeO  wrG   wrO   dbKam strW  strG  plnW  comm  updOwn updOther
        expect(EXECUTIVE,   true, false, false, true, true, false, false, false, false, false, false, false, false, false);
        expect(DIRECTOR,    true, true, true, true, true, false, false, false, false, false, false, false, false, false);
        expect(KAM,         true, true, true, true, true, true, true, true, true, true, true, true, true, true);
        expect(OTHER_KAM,   false, false, false, false, false, false, false, false, false, false, false, false, false, false);
        expect(MEMBER,      true, true, false, true, true, true, false, false, true, false, false, true, true, false);
        expect(EXTERNAL,    true, true, false, true, false, true, false, false, false, false, false, true, true, false);
        expect(HR,          false, false, false, false, false, false, false, false, false, false, false, false, false, false);
    }

    @Test
    void grantsAndTheExternalMarkCountOnlyOnTheTeam() {
        AccountRights offTeam = AccountRights.of("tom.team").build();
        assertEquals(Set.of(), offTeam.getGrantedSections());
        assertEquals(false, offTeam.isStrategyGranted() || offTeam.isExternal());
        AccountRights externalReader = AccountRights.of("partner.exec").readsAll(true)
                .onTeam(true, false, Set.of()).build();
        assertEquals(false, DatabaseRights.of(externalReader).isExternal(), "a reader of all sees every section");
        assertEquals(true, DatabaseRights.of(EXTERNAL).isExternal());
    }

    private static void expect(AccountRights rights, Boolean... expected) {
        for (int i = 0; i < DECISIONS.size(); i++) {
            assertEquals(expected[i], DECISIONS.get(i).test(rights), rights.getCaller() + ", decision " + i);
        }
    }
}
