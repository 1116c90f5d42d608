package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SQL statements per page view (issue 17): a GET of the plan, strategy workspace (three steps), account, Key
 * Account Database and KA team pages, over HTTP in a logged-in session, costs as many statements on a demo account made large by
 * {@link LargeDocumentGenerator} as on the demo account itself: nothing is read per objective, option, programme,
 * action plan, section, field or stakeholder; and each stays within the fixed bound reached, {@link #BOUNDS}: the
 * issue's goal of 30.
 * Counted by H2's query statistics (the fewest of three views, as timers may run meanwhile); the counts and the
 * statements behind them go to {@code target/benchmarks/statements.txt}. On another database the counter says -1
 * and the test only checks that the pages answer.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

    private static final String ACCOUNT = "Airbus Helicopters";

    /**
     * The most statements a view of each page may cost: the 30 on every page (docs/performance.md has how
     * each got there, 2026-12-04 and 05). The strategy workspace's first step reached it last, on 2026-12-06: the
     * Database fields it offers to cite as one statement with their template's labels (nine before), the strategy
     * and the templates in force read once for the steps and the compliance check, the "who may write" panel as
     * rows (the team and the grants as entities were three), and the matrix quadrant once per page view for the
     * header and the orientation. The Database page alone is 30, but 33 after AccountPlanningIT in the same
     * database: each person it adds to Airbus' relationship map costs the statement of their roles, which grows
     * with the team, not with the document.
     */
    private static final Map<String, Long> BOUNDS = Map.of("plan", 30L, "strategy workspace", 30L,
            "strategy workspace, objectives", 28L, "strategy workspace, programmes", 27L, "account", 29L,
            "Key Account Database", 33L, "team", 28L);

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(StatementCountIT.class, StatementCounter.class, LargeDocumentGenerator.class);
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "jdbc/kam")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    private long account;

    @BeforeEach
    void clean() throws Exception {
        account = ContainerTests.accountId(em, ACCOUNT);
        LargeDocumentGenerator.remove(dataSource);
    }

    @AfterEach
    void shrink() throws Exception {
        LargeDocumentGenerator.remove(dataSource);
    }

    @Test
    void eachDocumentPageCostsAsManyStatementsWhateverTheDocumentsSize() throws Exception {
        Browserless emma = signedIn(base, "emma.kam");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("plan", "plan/plan.xhtml?account=" + account);
        pages.put("strategy workspace", "strategy/workspace.xhtml?account=" + account);
        pages.put("strategy workspace, objectives", "strategy/workspace.xhtml?step=2&account=" + account);
        pages.put("strategy workspace, programmes", "strategy/workspace.xhtml?step=3&account=" + account);
        pages.put("account", "accounts/account.xhtml?id=" + account);
        pages.put("Key Account Database", "situation/database.xhtml?account=" + account);
        pages.put("team", "plan/team.xhtml?account=" + account);
        StringBuilder report = new StringBuilder("Statements per page view of " + ACCOUNT + ", as the demo company "
                + "has it, then with " + LargeDocumentGenerator.OBJECTIVES + " more objectives, "
                + LargeDocumentGenerator.ACTION_PLANS + " more action plans, " + LargeDocumentGenerator.STAKEHOLDERS
                + " more stakeholders, " + LargeDocumentGenerator.OPEN_CELLS + " more open whitespace cells\n");
        Map<String, Long> demo = counts(emma, pages, report.append("\n== demo document ==\n"));
        LargeDocumentGenerator.generate(dataSource, account);
        Map<String, Long> large = counts(emma, pages, report.append("\n== large document ==\n"));
        StringBuilder summary = new StringBuilder();
        pages.keySet().forEach(page -> summary.append(String.format("%-32s %4d %4d%n", page, demo.get(page),
                large.get(page))));
        write("page                             demo large\n" + summary + report);
        assertTrue(emma.get(pages.get("strategy workspace, objectives")).body().contains("Generated objective 39"),
                "the generated objectives are on the page");
        assertTrue(emma.get(pages.get("strategy workspace, programmes")).body().contains("Generated action plan 199"),
                "the generated action plans are on the page");
        assertTrue(emma.get(pages.get("strategy workspace")).body().contains("Generated centre 19"),
                "the generated open whitespace cells are offered as citations");
        if (demo.values().stream().anyMatch(n -> n < 0)) {
            return; // not H2: nothing counted
        }
        pages.keySet().forEach(page -> assertEquals(demo.get(page), large.get(page),
                page + ": as many statements for the large document as for the demo one\n" + summary));
        pages.keySet().forEach(page -> assertTrue(large.get(page) <= BOUNDS.get(page),
                page + ": at most " + BOUNDS.get(page) + " statements a view\n" + summary));
    }

    private Map<String, Long> counts(Browserless emma, Map<String, String> pages, StringBuilder report)
            throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            HttpResponse<String> first = emma.get(page.getValue());
            assertEquals(200, first.statusCode(), page.getKey() + ": " + first.body());
            counts.put(page.getKey(), StatementCounter.count(dataSource, () -> {
                HttpResponse<String> view = emma.get(page.getValue());
                assertEquals(200, view.statusCode(), page.getKey());
                return view;
            }));
            report.append(String.format("%n%s: %d statements%n%s", page.getKey(), counts.get(page.getKey()),
                    StatementCounter.lastStatements()));
        }
        return counts;
    }

    /** The counts and the statements behind them, to {@code kam-web/target/benchmarks/statements.txt}. */
    private static void write(String report) throws java.io.IOException {
        String dir = System.getProperty("kam.benchmarks");
        if (dir != null && !dir.isBlank()) {
            java.nio.file.Path file = java.nio.file.Path.of(dir, "statements.txt");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, report);
        }
    }
}
