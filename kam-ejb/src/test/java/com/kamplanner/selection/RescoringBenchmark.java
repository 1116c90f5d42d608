package com.kamplanner.selection;

import com.kamplanner.platform.MigratedDatabase;
import com.kamplanner.platform.SchemaMigration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: not in the default suite (its name does not end in Test). It generates 10,000 key
 * accounts with 10 scores each in an H2 file database like the one Payara Micro runs on, has the KA Director
 * change two weights (a version 2 of the criteria), and times the re-scoring of every account with the
 * statements {@link CriteriaSetService#activate} runs. Run it with:
 * {@code ./mvnw -o -B -pl kam-ejb test -Dtest=RescoringBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dkam.bench.accounts=N} for another size). See docs/performance.md.
 */
@Tag(MigratedDatabase.TAG)
class RescoringBenchmark {

    @Test
    void rescoreEveryAccountAfterTheWeightsChange() throws Exception {
        int accounts = Integer.getInteger("kam.bench.accounts", 10_000);
        Path folder = Files.createTempDirectory("kam-rescoring");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:" + folder.resolve("kam") + ";DB_CLOSE_DELAY=-1");
        SchemaMigration.configure(h2).migrate();
        try (Connection c = h2.getConnection()) {
            long start = System.nanoTime();
            PortfolioGenerator portfolio = new PortfolioGenerator(c);
            portfolio.generate(accounts, accounts / 100);
            portfolio.update(IndexStatements.INSERT_ALL, portfolio.version1);
            c.commit();
            System.out.printf("Generated %d accounts and %d scores in %d ms%n", accounts,
                    portfolio.count("select count(*) from criterion_score"), (System.nanoTime() - start) / 1_000_000);

            portfolio.activateVersionTwoWithOtherWeights();
            for (int run = 1; run <= 3; run++) {
                long t0 = System.nanoTime();
                portfolio.update(IndexStatements.DELETE_ALL, portfolio.version2);
                int indexed = portfolio.update(IndexStatements.INSERT_ALL, portfolio.version2);
                c.commit();
                System.out.printf("Re-scoring run %d: %d accounts indexed in %d ms%n", run, indexed,
                        (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }
}
