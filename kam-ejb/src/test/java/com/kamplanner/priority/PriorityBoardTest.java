package com.kamplanner.priority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LibreOffice;
import com.kamplanner.platform.MigratedDatabase;
import com.kamplanner.strategy.Objective;
import com.kamplanner.strategy.SituationPotential;
import com.kamplanner.strategy.Strategy;
import com.kamplanner.strategy.TowsOption;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The priorities board on real SQL (H2 with the Flyway schema): counts per priority come from the database and
 * only key accounts' strategic objectives count; a served priority cannot be deleted; deleting an objective drops
 * its links; and the board's workbook opens in POI and in LibreOffice.
 */
@Tag(MigratedDatabase.TAG)
class PriorityBoardTest {

    private EntityManagerFactory factory;
    private EntityManager em;
    private CorporatePriority aftermarket;
    private CorporatePriority defence;
    private Objective wallet;

    @BeforeEach
    void seed() {
        factory = MigratedDatabase.open("priorities");
        em = factory.createEntityManager();
        em.getTransaction().begin();
        aftermarket = priority("Grow aftermarket services revenue", 2025, 2028);
        defence = priority("Win in defence electronics", 2026, 2027);
        Strategy airbus = strategy("Airbus Helicopters", true);
        wallet = strategic(airbus, "Grow our share of wallet in rotor systems");
        Objective blades = strategic(airbus, "Become the qualified second source for H160 blades");
        Strategy prospect = strategy("Not Yet Key", false);
        Objective elsewhere = strategic(prospect, "Enter the defence avionics market");
        em.flush();
        link(wallet, aftermarket);
        link(blades, aftermarket);
        link(elsewhere, defence);
        em.getTransaction().commit();
        em.clear();
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void theBoardCountsServingKeyAccountsAndObjectivesAndFlagsTheUnserved() {
        Map<String, PriorityStanding> board = board();
        PriorityStanding served = board.get("Grow aftermarket services revenue");
        assertEquals(1, served.accounts());
        assertEquals(2, served.objectives());
        assertFalse(served.isUnserved());
        assertEquals(List.of("Become the qualified second source for H160 blades",
                "Grow our share of wallet in rotor systems"),
                served.serving().stream().map(ServingLine::objectiveTitle).toList());
        assertEquals("Airbus Helicopters", served.serving().get(0).accountName());
        PriorityStanding unserved = board.get("Win in defence electronics");
        assertTrue(unserved.isUnserved(), "only an account that is not a key account serves it");
        assertTrue(unserved.serving().isEmpty());
    }

    @Test
    void aPriorityObjectivesServeIsNotDeletedButOneNoneServesIs() {
        PriorityService service = new PriorityService();
        service.em = em;
        em.getTransaction().begin();
        CorporatePriority stored = em.find(CorporatePriority.class, aftermarket.getId());
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> service.delete(stored.getId(), stored.getVersion()));
        assertEquals(PriorityService.SERVED_CANNOT_DELETE, refused.messageKey());
        assertEquals(2L, refused.arguments()[1]);
        em.getTransaction().rollback();

        em.getTransaction().begin();
        em.remove(em.find(CorporatePriority.class, aftermarket.getId()));
        assertThrows(PersistenceException.class, em::flush, "the database refuses it too");
        em.getTransaction().rollback();
    }

    @Test
    void deletingAnObjectiveDropsItsLinks() {
        em.getTransaction().begin();
        em.createNativeQuery("delete from objective where id = ?1").setParameter(1, wallet.getId()).executeUpdate();
        em.getTransaction().commit();
        em.clear();
        assertEquals(1, board().get("Grow aftermarket services revenue").objectives());
    }

    @Test
    void theWorkbookListsThePrioritiesAndTheirServingObjectives() throws Exception {
        List<PriorityStanding> standings = boardService().board();
        byte[] xlsx = PrioritiesWorkbook.xlsx(standings, key -> key.equals("priorities.unserved")
                ? "Served by no key account" : key);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet priorities = book.getSheetAt(0);
            assertEquals(3, priorities.getPhysicalNumberOfRows(), "a header and two priorities");
            assertEquals("Grow aftermarket services revenue", priorities.getRow(1).getCell(0).getStringCellValue());
            assertEquals(2.0, priorities.getRow(1).getCell(4).getNumericCellValue());
            assertEquals("Served by no key account", priorities.getRow(2).getCell(5).getStringCellValue());
            Sheet serving = book.getSheetAt(1);
            assertEquals("Airbus Helicopters", serving.getRow(1).getCell(1).getStringCellValue());
        }
        if (LibreOffice.available()) {
            Path dir = Files.createDirectories(Path.of("target", "exports", UUID.randomUUID().toString()));
            Path file = Files.write(dir.resolve("priorities.xlsx"), xlsx);
            assertTrue(LibreOffice.pdfText(LibreOffice.convertToPdf(file)).contains("Grow aftermarket services"));
        }
    }

    private Map<String, PriorityStanding> board() {
        Map<String, PriorityStanding> byTitle = new java.util.HashMap<>();
        boardService().board().forEach(s -> byTitle.put(s.priority().getTitle(), s));
        return byTitle;
    }

    private PriorityBoard boardService() {
        PriorityBoard board = new PriorityBoard();
        board.em = em;
        return board;
    }

    private CorporatePriority priority(String title, int from, int to) {
        CorporatePriority priority = new CorporatePriority(title, from, to);
        priority.setCreatedBy("claire.exec");
        em.persist(priority);
        return priority;
    }

    private Strategy strategy(String accountName, boolean key) {
        Account account = new Account(accountName, "Aerospace", "FR");
        account.setKeyAccount(key);
        em.persist(account);
        Strategy strategy = new Strategy(account);
        SituationPotential strength = strategy.addPotential(new SituationPotential(SituationPotential.Kind.STRENGTH,
                "Rotor know-how"));
        SituationPotential opportunity = strategy.addPotential(new SituationPotential(
                SituationPotential.Kind.OPPORTUNITY, "Fleet renewal"));
        strategy.addOption(new TowsOption(TowsOption.Type.SO, "Co-develop"), strength, opportunity);
        em.persist(strategy);
        strategy.getPotentials().forEach(em::persist);
        strategy.getOptions().forEach(em::persist);
        return strategy;
    }

    private Objective strategic(Strategy strategy, String title) {
        Objective objective = strategy.addObjective(new Objective(Objective.Level.STRATEGIC, title), null,
                strategy.getOptions().get(0));
        em.persist(objective);
        return objective;
    }

    private void link(Objective objective, CorporatePriority priority) {
        em.persist(new PriorityLink(objective, priority, "emma.kam"));
    }
}
