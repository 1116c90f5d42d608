package com.kamplanner.web.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.bestpractice.BestPracticeService;
import com.kamplanner.bestpractice.PracticeKind;
import com.kamplanner.congruence.ComplianceByKam;
import com.kamplanner.congruence.CongruenceBoard;
import com.kamplanner.congruence.CongruenceRule;
import com.kamplanner.executive.ExecutivePeople;
import com.kamplanner.executive.ExecutivePortfolio;
import com.kamplanner.improvement.FigureCount;
import com.kamplanner.improvement.ProgrammeReviewService;
import com.kamplanner.web.it.AsDirector;
import com.kamplanner.web.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
 * Benchmark, not a timed test: the KA Director's programme boards at 10,000 accounts, 500 KAMs and 100,000 action
 * plans. Generates the portfolio and the programme's documents, then times the service calls the pages make
 * (server time, inside Payara Micro): the congruence board's counts, its first page, a filtered page, and the
 * compliance-by-KAM table. Median, p95 and max over {@value #RUNS} runs after {@value #WARM_UP} warm-up runs.
 * Run with {@code ./mvnw verify -Pbench -Dkam.it.includes='**}{@code /ProgrammeBenchmarkIT.java'}; figures go to
 * stdout and {@code kam-web/target/benchmarks/programme.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeBenchmarkIT {

    private static final int ACCOUNTS = 10_000;
    private static final int KAMS = 500;
    private static final int RUNS = 30;
    private static final int WARM_UP = 5;

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(ProgrammeBenchmarkIT.class, PortfolioGenerator.class, ProgrammeGenerator.class);
    }

    @Resource(lookup = "jdbc/kam")
    DataSource dataSource;

    @EJB
    CongruenceBoard board;

    @EJB
    ComplianceByKam compliance;

    @EJB
    ExecutivePortfolio portfolio;

    @EJB
    ExecutivePeople people;

    @EJB
    BestPracticeService library;

    @EJB
    FigureCount figures;

    @EJB
    ProgrammeReviewService review;

    @Inject
    AsDirector asDirector;

    @Test
    void programmeBoardsAt10000AccountsAnd100000ActionPlans() throws Exception {
        long generation = System.nanoTime();
        PortfolioGenerator.generate(dataSource, KAMS, ACCOUNTS);
        ProgrammeGenerator.generate(dataSource);
        long generatedMs = (System.nanoTime() - generation) / 1_000_000;
        long actionPlans = count("select count(*) from action_plan");
        assertTrue(actionPlans >= ProgrammeGenerator.ACTION_PLANS, actionPlans + " action plans");

        Map<String, Callable<Object>> calls = new LinkedHashMap<>();
        calls.put("congruence: counts per rule", () -> board.counts());
        calls.put("congruence: first page, all rules", () -> board.lines(null, 0, 25));
        calls.put("congruence: page 10, all rules", () -> board.lines(null, 250, 25));
        calls.put("congruence: first page, no sponsor", () -> board.lines(CongruenceRule.ACCOUNT_WITHOUT_SPONSOR, 0, 25));
        calls.put("congruence: first page, stale sections", () -> board.lines(CongruenceRule.DATABASE_STALE_SECTIONS, 0, 25));
        calls.put("congruence: page as the page loads it", () -> {
            board.counts();
            return board.lines(null, 0, 25);
        });
        calls.put("compliance by KAM: table", () -> compliance.table());
        addMoreCalls(calls);

        Map<CongruenceRule, Long> counts = asDirector.call(() -> board.counts());
        StringBuilder report = new StringBuilder("Programme boards at " + count("select count(*) from account")
                + " accounts, " + count("select count(*) from app_user_role where role = 'KAM'") + " KAMs, "
                + count("select count(*) from account where key_account = true") + " key accounts, " + actionPlans
                + " action plans (generated in " + generatedMs + " ms); " + RUNS + " runs after " + WARM_UP
                + " warm-up runs, server time of the service call\n" + "Lines per rule: " + counts + "\n");
        report.append("\nA. data unchanged between runs (H2 may reuse a result when no table changed)\n");
        for (Map.Entry<String, Callable<Object>> call : calls.entrySet()) {
            report.append(time(call.getKey(), call.getValue(), false));
        }
        report.append("\nB. one account written before each run, so that no result can be reused\n");
        for (Map.Entry<String, Callable<Object>> call : calls.entrySet()) {
            report.append(time(call.getKey(), call.getValue(), true));
        }
        report.append("\nC. each rule's count alone, as in B\n");
        for (CongruenceRule rule : CongruenceRule.values()) {
            report.append(time("count " + rule.name(), () -> board.count(rule), true));
        }
        System.out.println(report);
        write("programme.txt", report.toString());
    }

    /**
     * The other programme pages timed on the same data: the executive portfolio at a glance and the people figures,
     * the candidates of the best-practice marking form, and the quarterly review (its figures, then a page load,
     * which also records them).
     */
    private void addMoreCalls(Map<String, Callable<Object>> calls) {
        calls.put("executive portfolio: glance", () -> portfolio.glance());
        calls.put("executive people figures", () -> people.figures(java.util.Locale.ENGLISH));
        calls.put("best-practice form: plan versions", () -> library.candidates(PracticeKind.PLAN_VERSION));
        calls.put("best-practice form: action programmes", () -> library.candidates(PracticeKind.ACTION_PROGRAMME));
        calls.put("best-practice form: strategies", () -> library.candidates(PracticeKind.STRATEGY));
        calls.put("quarterly review: the four figures", () -> figures.on(LocalDate.now()));
        calls.put("quarterly review: page load (records)", () -> review.review(LocalDate.now()));
    }

    private String time(String name, Callable<Object> call, boolean writeFirst) throws Exception {
        List<Long> micros = new ArrayList<>();
        for (int run = 0; run < RUNS + WARM_UP; run++) {
            if (writeFirst) {
                touchAnAccount(run);
            }
            long start = System.nanoTime();
            asDirector.call(call);
            if (run >= WARM_UP) {
                micros.add((System.nanoTime() - start) / 1_000);
            }
        }
        Collections.sort(micros);
        return String.format("%-42s median %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", name,
                micros.get(RUNS / 2) / 1000.0, micros.get((int) (RUNS * 0.95)) / 1000.0, micros.get(RUNS - 1) / 1000.0);
    }

    /** Changes one account's notes (outside the timing), which every rule's tables join. */
    private void touchAnAccount(int run) throws SQLException {
        try (Connection c = dataSource.getConnection(); var update = c.prepareStatement(
                "update account set notes = ? where id = ?")) {
            update.setString(1, "benchmark run " + run);
            update.setLong(2, PortfolioGenerator.FIRST_ID);
            update.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void write(String name, String text) throws IOException {
        Path folder = Path.of(System.getProperty("kam.benchmarks", "benchmarks"));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), text);
    }
}
