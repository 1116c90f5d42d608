package com.kamplanner.web.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.AccountService;
import com.kamplanner.account.PortfolioQuery;
import com.kamplanner.health.HealthRefresh;
import com.kamplanner.web.it.AsDirector;
import com.kamplanner.web.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a timed test: the portfolio page at 10,000 accounts. Generates the portfolio, then times one
 * page of {@link AccountService#page} (server time, inside Payara Micro) for the queries the lazy table sends.
 * Run with {@code ./mvnw verify -Pbench}; figures go to stdout and {@code kam-web/target/benchmarks/}.
 */
@ExtendWith(ArquillianExtension.class)
class PortfolioBenchmarkIT {

    private static final int ACCOUNTS = 10_000;
    private static final int KAMS = 500;
    private static final int RUNS = 30;

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(PortfolioBenchmarkIT.class, PortfolioGenerator.class);
    }

    @Resource(lookup = "jdbc/kam")
    DataSource dataSource;

    @EJB
    AccountService accounts;

    @EJB
    HealthRefresh health;

    @Inject
    AsDirector asDirector;

    @Test
    void portfolioPagesAt10000Accounts() throws Exception {
        long generation = System.nanoTime();
        PortfolioGenerator.generate(dataSource, KAMS, ACCOUNTS);
        long generatedMs = (System.nanoTime() - generation) / 1_000_000;
        long total = asDirector.call(() -> accounts.count(new PortfolioQuery()));
        long scoring = System.nanoTime();
        int scored = health.refresh();
        long scoredMs = (System.nanoTime() - scoring) / 1_000_000;
        assertTrue(total >= ACCOUNTS, "the portfolio holds " + total + " accounts");

        Map<String, PortfolioQuery> queries = new LinkedHashMap<>();
        queries.put("first page, by name", new PortfolioQuery().page(0, 25));
        queries.put("page 200, by name", new PortfolioQuery().page(200 * 25, 25));
        queries.put("by revenue, largest first", new PortfolioQuery()
                .sortBy(PortfolioQuery.SortColumn.ANNUAL_REVENUE, true).page(0, 25));
        queries.put("by KAM name", new PortfolioQuery().sortBy(PortfolioQuery.SortColumn.KAM, false).page(0, 25));
        queries.put("industry + country filter", new PortfolioQuery().industry("Energy").country("DE").page(0, 25));
        queries.put("name contains '0042'", new PortfolioQuery().nameContains("0042").page(0, 25));
        queries.put("key accounts, segment Strategic", new PortfolioQuery().keyAccount(true)
                .segment(com.kamplanner.selection.Quadrant.STRATEGIC).page(0, 25));
        queries.put("by health, worst first", new PortfolioQuery()
                .sortBy(PortfolioQuery.SortColumn.HEALTH, false).page(0, 25));
        queries.put("by health, best first", new PortfolioQuery()
                .sortBy(PortfolioQuery.SortColumn.HEALTH, true).page(0, 25));
        queries.put("health below 40, by name", new PortfolioQuery().healthBelow(40).page(0, 25));

        StringBuilder report = new StringBuilder("Portfolio page at " + total + " accounts, " + KAMS
                + " KAMs (generated in " + generatedMs + " ms; health of " + scored + " key accounts computed in "
                + scoredMs + " ms); one page = count + 25 rows, " + RUNS + " runs\n");
        for (Map.Entry<String, PortfolioQuery> query : queries.entrySet()) {
            List<Long> micros = new ArrayList<>();
            for (int run = 0; run < RUNS + 5; run++) {
                long start = System.nanoTime();
                asDirector.call((Callable<Object>) () -> {
                    accounts.count(query.getValue());
                    return accounts.page(query.getValue());
                });
                if (run >= 5) {
                    micros.add((System.nanoTime() - start) / 1_000);
                }
            }
            Collections.sort(micros);
            report.append(String.format("%-34s median %6.1f ms   p95 %6.1f ms   max %6.1f ms%n", query.getKey(),
                    micros.get(RUNS / 2) / 1000.0, micros.get((int) (RUNS * 0.95)) / 1000.0,
                    micros.get(RUNS - 1) / 1000.0));
        }
        System.out.println(report);
        write("portfolio.txt", report.toString());
        assertEquals(25, asDirector.call(() -> accounts.page(new PortfolioQuery().page(0, 25))).size());
    }

    private static void write(String name, String text) throws IOException {
        Path folder = Path.of(System.getProperty("kam.benchmarks", "benchmarks"));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), text);
    }
}
