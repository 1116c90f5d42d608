package com.kamplanner.web.bench;

import com.kamplanner.web.it.PlanPagingIT;

/**
 * {@link PlanPagingIT} at 10,000 generated key accounts, on top of the benchmark database (issue 17: the review
 * queue is correct at 10,000 accounts): every plan reachable by paging and by name, the counts, the stale list
 * against the review date computed in Java, the review queue, a page's statements, and a KAM never seeing a
 * colleague's plans. It deploys {@link PlanPagingIT}'s archive, which holds this class too. Too slow for the default suite; run with
 * {@code ./mvnw verify -Pbench -Dkam.it.includes='**}{@code /PlanPagingBenchmarkIT.java'}.
 */
public class PlanPagingBenchmarkIT extends PlanPagingIT {

    @Override
    protected int accounts() {
        return 10_000;
    }
}
