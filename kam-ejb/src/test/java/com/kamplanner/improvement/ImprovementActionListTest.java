package com.kamplanner.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kamplanner.people.AppUser;
import com.kamplanner.platform.MigratedDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The review's list of improvement actions is filtered, sorted and paged by the database, open actions first. */
@Tag(MigratedDatabase.TAG)
class ImprovementActionListTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private EntityManagerFactory factory;
    private EntityManager em;
    private ProgrammeReviewService review;

    @BeforeEach
    void open() {
        factory = MigratedDatabase.open("improvement");
        em = factory.createEntityManager();
        em.getTransaction().begin();
        review = new ProgrammeReviewService();
        review.em = em;
        AppUser owner = new AppUser("owner", "Owner", java.util.EnumSet.of(com.kamplanner.people.Role.KAM));
        owner.setPasswordHash("x");
        em.persist(owner);
        Quarter quarter = Quarter.of(TODAY);
        DemoReviewSeed.action(em, "Closed first due", null, owner, TODAY.minusDays(30), ImprovementAction.Status.DONE, quarter);
        DemoReviewSeed.action(em, "Open later", null, owner, TODAY.plusDays(20), ImprovementAction.Status.OPEN, quarter);
        DemoReviewSeed.action(em, "Open sooner", null, owner, TODAY.plusDays(5), ImprovementAction.Status.IN_PROGRESS, quarter);
        DemoReviewSeed.action(em, "Dropped", null, owner, TODAY.minusDays(40), ImprovementAction.Status.DROPPED, quarter);
        em.flush();
    }

    @AfterEach
    void close() {
        em.getTransaction().rollback();
        em.close();
        factory.close();
    }

    @Test
    void byDefaultOpenActionsComeFirstBySoonestDueDate() {
        assertEquals(List.of("Open sooner", "Open later", "Dropped", "Closed first due"),
                titles(review.actions(null, 0, 10, null, true)));
    }

    @Test
    void aColumnSortAndAPageAreAppliedByTheQuery() {
        assertEquals(List.of("Open sooner", "Open later"), titles(review.actions(null, 0, 2, "title", false)));
        assertEquals(List.of("Dropped", "Closed first due"), titles(review.actions(null, 2, 2, "title", false)));
    }

    @Test
    void theStatusFilterCountsAndListsOnlyThatStatus() {
        assertEquals(4, review.countActions(null));
        assertEquals(1, review.countActions(ImprovementAction.Status.OPEN));
        assertEquals(List.of("Dropped"), titles(review.actions(ImprovementAction.Status.DROPPED, 0, 10, "dueDate", true)));
    }

    private static List<String> titles(List<ImprovementAction> actions) {
        return actions.stream().map(ImprovementAction::getTitle).toList();
    }
}
