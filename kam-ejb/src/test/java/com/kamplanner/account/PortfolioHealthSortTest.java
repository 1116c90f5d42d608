package com.kamplanner.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kamplanner.platform.MigratedDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The portfolio's health column in the database, with EclipseLink's JPQL on a migrated H2: sorted either way
 * with unknown scores last, and filtered below a score.
 */
@Tag(MigratedDatabase.TAG)
class PortfolioHealthSortTest {

    private EntityManagerFactory factory;
    private EntityManager em;

    @BeforeEach
    void open() {
        factory = MigratedDatabase.open("portfolio-health");
        em = factory.createEntityManager();
        em.getTransaction().begin();
        for (Object[] row : Arrays.asList(new Object[] {1, "Alpha", 80}, new Object[] {2, "Beta", null},
                new Object[] {3, "Gamma", 35}, new Object[] {4, "Delta", 60})) {
            em.createNativeQuery("insert into account (id, name, created_at, key_account) values (?1, ?2, "
                    + "current_timestamp, true)").setParameter(1, row[0]).setParameter(2, row[1]).executeUpdate();
            if (!"Beta".equals(row[1])) {
                em.createNativeQuery("insert into account_health (account_id, score, computed_at) values (?1, ?2, "
                        + "current_timestamp)").setParameter(1, row[0]).setParameter(2, row[2]).executeUpdate();
            }
        }
        em.createNativeQuery("insert into account (id, name, created_at, key_account) values (5, 'Epsilon', "
                + "current_timestamp, false)").executeUpdate();
        em.getTransaction().commit();
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    private List<String> names(boolean descending, String where) {
        return em.createQuery(AccountSummary.SELECT + where + " order by "
                        + PortfolioQuery.SortColumn.HEALTH.orderBy(descending) + ", a.id asc", AccountSummary.class)
                .getResultList().stream().map(s -> s.getName() + ":" + s.getHealth()).toList();
    }

    @Test
    void healthSortsEitherWayWithUnknownScoresLast() {
        assertEquals(List.of("Gamma:35", "Delta:60", "Alpha:80", "Beta:null", "Epsilon:null"), names(false, ""));
        assertEquals(List.of("Alpha:80", "Delta:60", "Gamma:35", "Beta:null", "Epsilon:null"), names(true, ""));
    }

    @Test
    void healthFiltersBelowAScoreLeavingUnknownOut() {
        assertEquals(List.of("Delta:60", "Gamma:35"), names(true, "where h.score < 70"));
    }
}
