package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.assertDenied;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.plan.AccountPlan;
import com.kamplanner.plan.PlanFilter;
import com.kamplanner.plan.PlanOverview;
import com.kamplanner.plan.PlanStanding;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plans page and the review page's stale list past 1,000 plans (issue 17): with {@value #ACCOUNTS} generated
 * key accounts on top of the demo company, every plan is reachable by paging and by the name filter, the counts
 * are right, the stale filter done in the database agrees with the review date computed in Java, a page costs a
 * fixed number of statements, and a KAM never sees a colleague's plans, at that scale. The generated accounts are
 * removed after each test: the H2 database is shared with the other test classes of the build.
 */
@ExtendWith(ArquillianExtension.class)
public class PlanPagingIT {

    static final int ACCOUNTS = 1_100;

    /** How many accounts {@link PlanPagingGenerator} adds: {@value #ACCOUNTS}, more in the benchmark's subclass. */
    protected int accounts() {
        return ACCOUNTS;
    }
    private static final int PAGE = 100;

    @Deployment
    static WebArchive deployment() {
        // With the benchmark's subclass, which runs the same tests at 10,000 accounts and deploys this archive.
        return Deployments.inContainer(PlanPagingIT.class, com.kamplanner.web.bench.PlanPagingBenchmarkIT.class,
                PlanPagingGenerator.class, StatementCounter.class);
    }

    @Resource(lookup = "jdbc/kam")
    DataSource dataSource;

    @EJB
    PlanOverview overview;

    @Inject
    AsDirector asDirector;

    @Inject
    AsKam asKam;

    @Inject
    AsOtherKam asOtherKam;

    @Inject
    AsExecutive asExecutive;

    @Inject
    AsHr asHr;

    @BeforeEach
    void generate() throws Exception {
        PlanPagingGenerator.remove(dataSource);
        PlanPagingGenerator.generate(dataSource, accounts());
    }

    @AfterEach
    void remove() throws Exception {
        PlanPagingGenerator.remove(dataSource);
    }

    @Test
    void everyPlanIsReachableByPagingAndByNameWithTheRightCount() throws Exception {
        long plans = sql("select count(*) from key_account_plan");
        assertTrue(plans > 1_000 + 100, "more plans than the old cap: " + plans);
        assertEquals(plans, asDirector.call(() -> overview.readableCount(PlanFilter.ALL)));
        List<PlanStanding> all = pages(first -> unchecked(() -> asDirector.call(() -> overview.readable(PlanFilter.ALL, first, PAGE))));
        assertEquals(plans, all.size());
        assertEquals(plans, all.stream().map(PlanStanding::getAccountId).distinct().count(), "no plan twice");
        assertTrue(ids(all).containsAll(generatedIds(n -> true)), "the plans after the 1,000th account are there");
        List<String> generatedNames = all.stream().map(PlanStanding::getAccountName)
                .filter(name -> name.startsWith("Paging Account")).toList();
        assertEquals(IntStream.range(0, accounts()).mapToObj(PlanPagingGenerator::name).toList(), generatedNames,
                "by account name across pages");

        // The last generated account, by its name.
        String last = PlanPagingGenerator.name(accounts() - 1);
        List<PlanStanding> found = asDirector.call(() -> overview.readable(PlanFilter.named("account " + (accounts() - 1)),
                0, PAGE));
        assertEquals(List.of(last), found.stream().map(PlanStanding::getAccountName).toList());
        assertEquals(1, asDirector.call(() -> overview.readableCount(PlanFilter.named("account " + (accounts() - 1)))));
        assertEquals(accounts(), asDirector.call(() -> overview.readableCount(PlanFilter.named("PAGING account"))),
                "the filter ignores case");
        assertEquals(0, asDirector.call(() -> overview.readableCount(PlanFilter.named("Paging_Account"))),
                "wildcards are dropped, not matched");

        // The plans page: every key account, planned or not, a page at a time.
        long keyAccounts = sql("select count(*) from account where key_account = true");
        assertEquals(keyAccounts, asDirector.call(() -> overview.keyAccountCount(null)));
        List<AccountPlan> rows = pages(first -> unchecked(() -> asDirector.call(() -> overview.keyAccounts(null, first, PAGE))));
        assertEquals(keyAccounts, rows.stream().map(AccountPlan::accountId).distinct().count());
        AccountPlan lastRow = asDirector.call(() -> overview.keyAccounts(last, 0, PAGE)).get(0);
        assertEquals(PlanPagingGenerator.accountId(accounts() - 1), lastRow.accountId());
        assertTrue(lastRow.isPlanned());
        assertFalse(lastRow.startable(), "only the account's KAM starts a plan");
    }

    @Test
    void theStaleListIsCompleteAndAgreesWithTheReviewDate() throws Exception {
        List<PlanStanding> all = pages(first -> unchecked(() -> asDirector.call(() -> overview.readable(PlanFilter.ALL, first, PAGE))));
        Set<Long> staleByDate = all.stream().filter(PlanStanding::isStale).map(PlanStanding::getAccountId)
                .collect(Collectors.toSet());
        List<PlanStanding> stale = pages(first -> unchecked(() -> asDirector.call(() -> overview.stale(first, PAGE))));
        assertEquals(staleByDate, ids(stale), "the database's stale filter and ReviewCadence agree");
        assertEquals(stale.size(), asDirector.call(() -> overview.staleCount()));
        assertTrue(stale.stream().allMatch(PlanStanding::isStale));
        Set<Long> generatedStale = generatedIds(PlanPagingGenerator::stale);
        assertEquals(accounts() / 2, generatedStale.size());
        assertTrue(ids(stale).containsAll(generatedStale));
        assertTrue(ids(stale).stream().noneMatch(generatedIds(n -> !PlanPagingGenerator.stale(n))::contains));

        // The review queue holds every generated submitted version.
        long submitted = sql("select count(*) from plan_version where status = 'SUBMITTED'");
        assertEquals(submitted, asDirector.call(() -> overview.queueSize()));
        List<PlanStanding> queue = pages(first -> unchecked(() -> asDirector.call(() -> overview.queue(first, PAGE))));
        assertTrue(ids(queue).containsAll(generatedIds(n -> n % 4 == 2)));

        // Emma's own stale plans: hers, all of them, and nobody else's.
        Set<Long> mine = ids(asKam.call(() -> overview.myStale()));
        assertTrue(mine.containsAll(generatedIds(n -> PlanPagingGenerator.stale(n) && PlanPagingGenerator.emmas(n))));
        assertTrue(mine.stream().noneMatch(generatedIds(n -> !PlanPagingGenerator.emmas(n))::contains));
        assertTrue(mine.stream().noneMatch(generatedIds(n -> !PlanPagingGenerator.stale(n))::contains));
        assertDenied(() -> asKam.call(() -> overview.stale(0, PAGE)));
    }

    @Test
    void aKamNeverSeesAColleaguesPlansAtScale() throws Exception {
        Set<Long> emmas = accountsOf("emma.kam");
        Set<Long> lucass = accountsOf("lucas.kam");
        List<PlanStanding> lucasPlans = pages(first -> unchecked(() -> asOtherKam.call(() -> overview.readable(PlanFilter.ALL, first,
                PAGE))));
        assertTrue(ids(lucasPlans).containsAll(generatedIds(n -> !PlanPagingGenerator.emmas(n))));
        assertTrue(lucasPlans.stream().noneMatch(p -> emmas.contains(p.getAccountId())), "none of Emma's plans");
        assertEquals(lucasPlans.size(), asOtherKam.call(() -> overview.readableCount(PlanFilter.ALL)));
        assertEquals(0, asOtherKam.call(() -> overview.readableCount(PlanFilter.named(PlanPagingGenerator.name(0)))),
                "Emma's account is not found by name either");
        List<AccountPlan> lucasRows = pages(first -> unchecked(() -> asOtherKam.call(() -> overview.keyAccounts(null, first, PAGE))));
        assertTrue(lucasRows.stream().noneMatch(r -> emmas.contains(r.accountId())));
        assertEquals(lucasRows.size(), asOtherKam.call(() -> overview.keyAccountCount(null)));
        assertTrue(lucasRows.stream().map(AccountPlan::accountId).toList().containsAll(
                generatedIds(n -> !PlanPagingGenerator.emmas(n))));
        List<PlanStanding> emmaPlans = pages(first -> unchecked(() -> asKam.call(() -> overview.readable(PlanFilter.ALL, first, PAGE))));
        assertTrue(emmaPlans.stream().noneMatch(p -> lucass.contains(p.getAccountId())), "none of Lucas's plans");
        assertTrue(ids(emmaPlans).containsAll(generatedIds(PlanPagingGenerator::emmas)));
        assertDenied(() -> asHr.call(() -> overview.readable(PlanFilter.ALL, 0, PAGE)));
        assertDenied(() -> asHr.call(() -> overview.keyAccounts(null, 0, PAGE)));
    }

    @Test
    void aPageCostsAFixedNumberOfStatements() throws Exception {
        // H2 only; the counter says -1 elsewhere. The old list ran two statements per plan. A page of 10 and a page
        // of 100 cost the same: nothing runs per plan.
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (int size : new int[] {10, PAGE}) {
            count(counts, "readable (KA Director)", size, () -> asDirector.call(() -> overview.readable(PlanFilter.ALL,
                    500, size)));
            count(counts, "stale (KA Director)", size, () -> asDirector.call(() -> overview.stale(200, size)));
            count(counts, "key accounts (executive)", size, () -> asExecutive.call(() -> overview.keyAccounts(null,
                    900, size)));
            count(counts, "key accounts (KAM)", size, () -> asKam.call(() -> overview.keyAccounts(null, 100, size)));
            count(counts, "readable (KAM)", size, () -> asKam.call(() -> overview.readable(PlanFilter.ALL, 100,
                    size)));
        }
        StringBuilder report = new StringBuilder();
        counts.forEach((what, n) -> report.append(String.format("%-26s %d / %d%n", what, n[0], n[1])));
        System.out.println("PlanPagingIT statements for a page of 10 / " + PAGE + " plans:\n" + report);
        counts.forEach((what, n) -> {
            assertEquals(n[0], n[1], what + ": the same for 10 and " + PAGE + " plans\n" + report);
            assertTrue(n[1] <= 10, what + ": a few statements\n" + report);
        });
    }

    private void count(Map<String, long[]> counts, String what, int size, java.util.concurrent.Callable<?> work)
            throws Exception {
        counts.computeIfAbsent(what, w -> new long[2])[size == PAGE ? 1 : 0] = StatementCounter.count(dataSource,
                work);
    }

    // ---- helpers ----

    private static <T> List<T> pages(IntFunction<List<T>> page) {
        List<T> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<T> rows = page.apply(first);
            all.addAll(rows);
            if (rows.size() < PAGE) {
                return all;
            }
        }
    }

    private static <T> T unchecked(java.util.concurrent.Callable<T> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<Long> ids(List<PlanStanding> plans) {
        return plans.stream().map(PlanStanding::getAccountId).collect(Collectors.toSet());
    }

    private Set<Long> generatedIds(java.util.function.IntPredicate which) {
        return IntStream.range(0, accounts()).filter(which).mapToObj(PlanPagingGenerator::accountId)
                .collect(Collectors.toSet());
    }

    private Set<Long> accountsOf(String kam) throws Exception {
        Set<Long> ids = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("select a.id from "
                + "account a join app_user k on k.id = a.kam_id where k.username = ?")) {
            q.setString(1, kam);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    private long sql(String count) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(count);
             ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

}
