package com.kamplanner.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The accounts whose contingencies a computation of the scores checks: those whose score changed, and only those. */
class HealthRefreshTest {

    @Test
    void onlyTheAccountsWhoseScoreChangedAreCheckedWithTheirNewScore() {
        Map<Long, Integer> before = new HashMap<>();
        before.put(1L, 70);
        before.put(2L, 55);
        before.put(3L, null);
        before.put(4L, 40);
        List<AccountScore> after = List.of(score(1L, 70), score(2L, 38), score(3L, null), score(4L, null),
                score(5L, 20));
        Map<Long, Integer> expected = new HashMap<>();
        expected.put(2L, 38);
        expected.put(4L, null);
        expected.put(5L, 20);
        assertEquals(expected, HealthRefresh.changed(before, after),
                "an unchanged score, known or unknown, is not checked again; a new account is");
    }

    private static AccountScore score(long accountId, Integer score) {
        return new AccountScore(accountId, score, List.of());
    }
}
