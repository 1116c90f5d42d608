package com.kamplanner.strategy;

import com.kamplanner.situation.SituationChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Checks an account's contingencies when its situation changes, in the transaction of that change. */
@ApplicationScoped
public class SituationWatch {

    @Inject
    ContingencyWatch watch;

    void onChange(@Observes SituationChanged changed) {
        watch.check(changed.accountId());
    }
}
