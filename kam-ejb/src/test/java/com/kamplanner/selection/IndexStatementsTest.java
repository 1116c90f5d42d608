package com.kamplanner.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kamplanner.platform.MigratedDatabase;
import com.kamplanner.platform.SchemaMigration;
import com.kamplanner.selection.WeightedIndex.Term;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bulk index SQL on a migrated H2 database agrees with the plain-Java rule, leaves a partly scored group
 * null, and reuses version 1's scores under version 2's weights.
 */
@Tag(MigratedDatabase.TAG)
class IndexStatementsTest {

    @Test
    void theDatabaseComputesTheSameIndicesAsTheRuleAndKeepsMissingAsNull() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:indices-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        SchemaMigration.configure(h2).migrate();
        try (Connection c = h2.getConnection()) {
            PortfolioGenerator portfolio = new PortfolioGenerator(c);
            portfolio.generate(30, 3);
            portfolio.update(IndexStatements.DELETE_ALL, portfolio.version1);
            assertEquals(30, portfolio.update(IndexStatements.INSERT_ALL, portfolio.version1));
            c.commit();
            for (int a = 0; a < 30; a++) {
                long account = portfolio.accountIds.get(a);
                BigDecimal[] stored = indices(c, account, portfolio.version1);
                assertEquals(0, expected(portfolio, account, 0, null).compareTo(stored[0]), "attractiveness " + a);
                if (a >= 27) {
                    assertNull(stored[1], "strength is missing, not 0, while a strength criterion is unscored");
                } else {
                    assertEquals(0, expected(portfolio, account, 1, null).compareTo(stored[1]), "strength " + a);
                }
            }

            portfolio.activateVersionTwoWithOtherWeights();
            portfolio.update(IndexStatements.DELETE_ALL, portfolio.version2);
            assertEquals(30, portfolio.update(IndexStatements.INSERT_ALL, portfolio.version2));
            c.commit();
            long first = portfolio.accountIds.get(0);
            int[] weightsV2 = {20, 30, 20, 15, 15};
            assertEquals(0, expected(portfolio, first, 0, weightsV2).compareTo(indices(c, first, portfolio.version2)[0]),
                    "version 2 weighs version 1's scores with its own weights");
            assertNotNull(indices(c, first, portfolio.version1)[0], "version 1's index is still there");
        }
    }

    private static BigDecimal expected(PortfolioGenerator portfolio, long account, int group, int[] weights)
            throws Exception {
        List<Term> terms = new ArrayList<>();
        int i = 0;
        for (long[] criterion : portfolio.criteria) {
            if (criterion[2] == group) {
                int weight = weights == null ? (int) criterion[1] : weights[i++];
                terms.add(new Term(weight, portfolio.level(account, criterion[0])));
            }
        }
        return WeightedIndex.of(terms);
    }

    private static BigDecimal[] indices(Connection c, long account, long set) throws Exception {
        try (PreparedStatement q = c.prepareStatement("select attractiveness, strength from account_index "
                + "where account_id = ? and criteria_set_id = ?")) {
            q.setLong(1, account);
            q.setLong(2, set);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return new BigDecimal[] {r.getBigDecimal(1), r.getBigDecimal(2)};
            }
        }
    }
}
